package org.doorstep.app.enrolment;

import org.doorstep.app.Background;
import org.doorstep.app.Navigator;
import org.doorstep.app.store.WrongPinException;

/**
 * Opens the store with the PIN or passphrase (in the background: key derivation is deliberately
 * slow). After wrong ones it says how many tries are left and, near the end, what a wipe would lose;
 * after the last one the tablet's data is gone and it goes back to set-up (R13-at-rest).
 */
public final class UnlockPresenter {

    private final UnlockView view;

    public UnlockPresenter(UnlockView view, Navigator navigator, Enrolments enrolments, Background background) {
        this.view = view;
        int wrong = enrolments.wrongSoFar();
        if (wrong > 0) {
            // Said again after a restart, so closing the app does not hide how close the wipe is.
            view.pinError.setText(org.doorstep.model.guessing.PinTries.STANDARD.message(wrong)
                    .replace("PIN", enrolments.secretKind().word()));
        }
        Runnable unlock = () -> {
            view.pinError.setText("");
            String pin = view.pin.getText();
            if (pin.isEmpty()) {
                view.pinError.setText("Enter your " + enrolments.secretKind().word() + ".");
                return;
            }
            view.unlock.setDisable(true);
            background.run(() -> enrolments.unlock(pin), s -> navigator.opened(s, false), e -> {
                view.unlock.setDisable(false);
                view.pin.clear();
                if (e instanceof WrongPinException w && w.wiped()) {
                    navigator.showSignIn(w.getMessage());
                    return;
                }
                view.pinError.setText(e instanceof WrongPinException ? e.getMessage() : "Cannot open: " + e.getMessage());
            });
        };
        view.unlock.setOnAction(e -> unlock.run());
        view.pin.setOnAction(e -> unlock.run());
        javafx.application.Platform.runLater(view.pin::requestFocus);
    }
}
