package org.doorstep.app.contacts;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.doorstep.app.Ui;

/**
 * Record a call, letter, email or meeting about the child from the tablet (R5.3-contacts): who, what,
 * the decisions and by whom, the reasons. Each message appears beside its field.
 */
public final class ContactView extends VBox {

    public final Label title = new Label("Record a contact");
    public final Button back = Ui.secondary("Back", "contact-back");
    public final Label childName = new Label();
    public final DatePicker date = new DatePicker();
    public final ToggleGroup method = new ToggleGroup();
    public final Map<String, RadioButton> methods = new HashMap<>();
    public final TextField withWhom = Ui.text("contact-with", "name and role, e.g. Mr Jones, head teacher");
    public final TextArea what = Ui.area("contact-what", "what was said or sent, as facts", 4);
    public final TextArea decisions = Ui.area("contact-decisions", "leave empty if nothing was decided", 3);
    public final TextField decidedBy = Ui.text("contact-decided-by", "name and role");
    public final TextArea reasons = Ui.area("contact-reasons", "why it was decided", 3);
    public final Button send = Ui.primary("Send the contact", "contact-send");
    public final Label status = Ui.note("");
    public final Map<String, Label> errors = new HashMap<>();

    public ContactView() {
        childName.setId("contact-child");
        childName.getStyleClass().add("who");
        childName.setWrapText(true);
        date.setId("contact-date");
        status.setId("contact-status");
        FlowPane ways = new FlowPane(16, 8);
        for (String[] m : new String[][] {{"call", "Phone call"}, {"letter", "Letter"}, {"email", "Email"}, {"meeting", "Meeting"}}) {
            RadioButton r = new RadioButton(m[1]);
            r.setId("contact-method-" + m[0]);
            r.setUserData(m[0]);
            r.setToggleGroup(method);
            methods.put(m[0], r);
            ways.getChildren().add(r);
        }
        VBox methodBox = Ui.choices("How was the contact made?", ways, error("method"));
        VBox content = new VBox(16, childName,
                Ui.note("Sent to the server as soon as you tap Send; it needs a signal. It joins the case's other "
                        + "contacts and its chronology."),
                Ui.field("Date of the contact", date, error("date")), methodBox,
                Ui.field("Who was it with?", withWhom, error("withWhom")),
                Ui.field("What was said or sent", what, error("what")),
                Ui.heading("Decisions"),
                Ui.field("What was decided", decisions, error("decisions")),
                Ui.field("Who decided", decidedBy, error("decidedBy")),
                Ui.field("Reasons for the decisions", reasons, error("reasons")),
                new HBox(10, send), status);
        getChildren().addAll(Ui.header(title, back), Ui.scrolling(content));
        getStyleClass().add("screen");
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("contact-error-" + field);
        errors.put(field, l);
        return l;
    }
}
