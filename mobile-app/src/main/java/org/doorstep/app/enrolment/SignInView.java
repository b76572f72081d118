package org.doorstep.app.enrolment;

import org.doorstep.app.Ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** First start: server, username, password and a new PIN. Passive; the presenter wires it. */
public final class SignInView extends VBox {

    public final TextField server = Ui.text("server", "https://doorstep.example");
    public final TextField username = Ui.text("username", "e.g. amara.okafor");
    public final PasswordField password = new PasswordField();
    public final PasswordField pin = new PasswordField();
    public final PasswordField pinRepeat = new PasswordField();
    public final Label serverError = Ui.errorLabel("server-error");
    public final Label usernameError = Ui.errorLabel("username-error");
    public final Label passwordError = Ui.errorLabel("password-error");
    public final Label pinError = Ui.errorLabel("pin-error");
    public final Label message = Ui.errorLabel("message");
    public final Button signIn = Ui.primary("Sign in and set up this tablet", "sign-in");

    public SignInView() {
        password.setId("password");
        pin.setId("pin");
        pinRepeat.setId("pin-repeat");
        pin.setPromptText("at least 6 digits");
        pinRepeat.setPromptText("the same PIN again");
        signIn.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label("Doorstep");
        VBox form = new VBox(18,
                Ui.heading("Set up this tablet"),
                Ui.note("Sign in once with your work account. The tablet makes its own signing key and "
                        + "keeps your visits encrypted under a PIN you choose now."),
                Ui.field("Server address", server, serverError),
                Ui.field("Username", username, usernameError),
                Ui.field("Password", password, passwordError),
                Ui.field("Choose a PIN (at least 6 digits)", pin, null),
                Ui.field("Type the PIN again", pinRepeat, pinError),
                message,
                signIn);
        getChildren().addAll(Ui.header(title), Ui.scrolling(form));
        getStyleClass().add("screen");
    }
}
