package org.doorstep.app.enrolment;

import java.net.InetAddress;
import java.net.URI;

import org.doorstep.app.Background;
import org.doorstep.app.Navigator;
import org.doorstep.app.store.UnlockSecret;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;

/** Checks the sign-in form, enrols the tablet in the background, opens the caseload. */
public final class SignInPresenter {

    private final SignInView view;
    private final Navigator navigator;
    private final Enrolments enrolments;
    private final Background background;

    public SignInPresenter(SignInView view, Navigator navigator, Enrolments enrolments, Background background,
                           String defaultServer) {
        this.view = view;
        this.navigator = navigator;
        this.enrolments = enrolments;
        this.background = background;
        view.server.setText(defaultServer);
        view.signIn.setOnAction(e -> signIn());
        view.pinRepeat.setOnAction(e -> signIn());
        view.usePassphrase.selectedProperty().addListener((o, was, now) -> {
            view.secretKind(now);
            view.pinError.setText("");
        });
    }

    private void signIn() {
        view.serverError.setText("");
        view.usernameError.setText("");
        view.passwordError.setText("");
        view.pinError.setText("");
        view.message.setText("");
        URI server = null;
        boolean ok = true;
        try {
            server = ServerApi.parseAddress(view.server.getText());
        } catch (IllegalArgumentException e) {
            view.serverError.setText(e.getMessage());
            ok = false;
        }
        if (view.username.getText().isBlank()) {
            view.usernameError.setText("Enter your username.");
            ok = false;
        }
        if (view.password.getText().isEmpty()) {
            view.passwordError.setText("Enter your password.");
            ok = false;
        }
        UnlockSecret.Kind kind = view.usePassphrase.isSelected() ? UnlockSecret.Kind.PASSPHRASE : UnlockSecret.Kind.PIN;
        var pinProblem = UnlockSecret.problem(kind, view.pin.getText(), view.pinRepeat.getText());
        if (pinProblem.isPresent()) {
            view.pinError.setText(pinProblem.get());
            ok = false;
        }
        if (!ok) {
            return;
        }
        URI target = server;
        String username = view.username.getText();
        String password = view.password.getText();
        String pin = view.pin.getText();
        view.signIn.setDisable(true);
        view.signIn.setText("Signing in…");
        background.run(() -> enrolments.enrol(target, username, password, pin, kind, deviceName()),
                session -> navigator.opened(session, true),
                error -> {
                    view.signIn.setDisable(false);
                    view.signIn.setText("Sign in and set up this tablet");
                    if (error instanceof ApiException api && api.status() == 401) {
                        view.passwordError.setText(api.getMessage());
                    } else {
                        view.message.setText(error.getMessage());
                    }
                });
    }

    private static String deviceName() {
        try {
            return "Tablet " + InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "Tablet";
        }
    }
}
