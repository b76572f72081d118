package org.doorstep.app.enrolment;

import org.doorstep.app.Ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Later starts: the PIN or passphrase opens the tablet's encrypted store. */
public final class UnlockView extends VBox {

    public final PasswordField pin = new PasswordField();
    public final Label pinError = Ui.errorLabel("pin-error");
    public final Button unlock = Ui.primary("Unlock", "unlock");

    /** {@code word} is "PIN" or "passphrase". */
    public UnlockView(String word) {
        pin.setId("pin");
        unlock.setMaxWidth(Double.MAX_VALUE);
        String label = word.substring(0, 1).toUpperCase() + word.substring(1);
        VBox form = new VBox(18,
                Ui.heading("Enter your " + word),
                Ui.note("Your visits on this tablet are encrypted; your " + word + " opens them."),
                Ui.field(label, pin, pinError),
                unlock);
        getChildren().addAll(Ui.header(new Label("Doorstep")), Ui.scrolling(form));
        getStyleClass().add("screen");
    }
}
