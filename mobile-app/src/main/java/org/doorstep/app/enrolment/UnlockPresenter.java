package org.doorstep.app.enrolment;

import org.doorstep.app.Background;
import org.doorstep.app.Navigator;
import org.doorstep.app.store.WrongPinException;

/** Opens the store with the PIN (in the background: key derivation is deliberately slow). */
public final class UnlockPresenter {

    private final UnlockView view;

    public UnlockPresenter(UnlockView view, Navigator navigator, Enrolments enrolments, Background background) {
        this.view = view;
        Runnable unlock = () -> {
            view.pinError.setText("");
            String pin = view.pin.getText();
            if (pin.isEmpty()) {
                view.pinError.setText("Enter your PIN.");
                return;
            }
            view.unlock.setDisable(true);
            background.run(() -> enrolments.unlock(pin), s -> navigator.opened(s, false), e -> {
                view.unlock.setDisable(false);
                view.pin.clear();
                view.pinError.setText(e instanceof WrongPinException ? e.getMessage() : "Cannot open: " + e.getMessage());
            });
        };
        view.unlock.setOnAction(e -> unlock.run());
        view.pin.setOnAction(e -> unlock.run());
        javafx.application.Platform.runLater(view.pin::requestFocus);
    }
}
