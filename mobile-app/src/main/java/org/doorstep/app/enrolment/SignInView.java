package org.doorstep.app.enrolment;

import org.doorstep.app.Ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** First start: server, username, password and a new PIN or passphrase. Passive; the presenter wires it. */
public final class SignInView extends VBox {

    public final TextField server = Ui.text("server", "https://doorstep.example");
    public final TextField username = Ui.text("username", "e.g. amara.okafor");
    public final PasswordField password = new PasswordField();
    public final CheckBox usePassphrase = new CheckBox("Use a passphrase instead of a PIN (longer and stronger)");
    public final PasswordField pin = new PasswordField();
    public final PasswordField pinRepeat = new PasswordField();
    public final Label serverError = Ui.errorLabel("server-error");
    public final Label usernameError = Ui.errorLabel("username-error");
    public final Label passwordError = Ui.errorLabel("password-error");
    public final Label pinError = Ui.errorLabel("pin-error");
    public final Label message = Ui.errorLabel("message");
    /** Why set-up is shown again (e.g. the tablet's data was deleted after too many wrong PINs); at the top. */
    public final Label notice = Ui.errorLabel("notice");
    public final Button signIn = Ui.primary("Sign in and set up this tablet", "sign-in");
    private final VBox pinField;
    private final VBox repeatField;

    public SignInView() {
        password.setId("password");
        pin.setId("pin");
        pinRepeat.setId("pin-repeat");
        usePassphrase.setId("use-passphrase");
        usePassphrase.setWrapText(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        pinField = Ui.field("", pin, null);
        repeatField = Ui.field("", pinRepeat, pinError);
        secretKind(false);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Label title = new Label("Doorstep");
        VBox form = new VBox(18,
                Ui.heading("Set up this tablet"),
                notice,
                Ui.note("Sign in once with your work account. The tablet makes its own signing key and "
                        + "keeps your visits encrypted under a PIN or passphrase you choose now."),
                Ui.field("Server address", server, serverError),
                Ui.note("The tablet talks to the server over https, also when you leave out https://. "
                        + "Plain http:// is allowed only for a server on this device (localhost)."),
                Ui.field("Username", username, usernameError),
                Ui.field("Password", password, passwordError),
                usePassphrase,
                pinField,
                repeatField,
                Ui.note("After 10 wrong tries in a row the tablet deletes its Doorstep data: visits not yet synced "
                        + "would be lost."),
                message,
                signIn);
        getChildren().addAll(Ui.header(title), Ui.scrolling(form));
        getStyleClass().add("screen");
    }

    /** Labels and prompts for a PIN or a passphrase. */
    public void secretKind(boolean passphrase) {
        String first = passphrase ? "Choose a passphrase (at least 12 characters, e.g. three words)" : "Choose a PIN (at least 6 digits)";
        String again = passphrase ? "Type the passphrase again" : "Type the PIN again";
        ((Label) pinField.getChildren().get(0)).setText(first);
        ((Label) repeatField.getChildren().get(0)).setText(again);
        pin.setAccessibleText(first);
        pinRepeat.setAccessibleText(again);
        pin.setPromptText(passphrase ? "at least 12 characters" : "at least 6 digits");
        pinRepeat.setPromptText(passphrase ? "the same passphrase again" : "the same PIN again");
    }
}
