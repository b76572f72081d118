package org.doorstep.app.caseload;

import org.doorstep.app.Ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The case in hand, read-only, from the encrypted cache (R5.1-basic, R5.5-chronology): basic record,
 * household, plan recommendations and recent chronology. Passive: the presenter fills it.
 */
public final class CaseRecordView extends VBox {

    public final Label title = new Label("Case record");
    public final Button back = Ui.secondary("Back", "record-back");
    public final Button lock = Ui.secondary("Lock", "record-lock");
    /** The latest 3-monthly case summary: the current worry, to read before knocking (R5.7-summary). */
    public final Label caseSummary = new Label();
    public final Label contactArrangements = new Label();
    public final Label freshness = Ui.note("");
    /** What just happened (a contact recorded), or nothing. */
    public final Label notice = Ui.note("");
    public final Button recordContact = Ui.secondary("Record a contact", "record-contact");
    public final Label childName = new Label();
    public final VBox facts = new VBox(12);
    public final VBox household = new VBox(8);
    /** The genogram of the child and the household, drawn from the cache (R5.6-genogram). */
    public final VBox genogram = new VBox(8);
    /** R5.6-genogram: a relationship for the supervisor to confirm, made here, queued for the next sync. */
    public final Button proposeRelationship = Ui.secondary("Propose a relationship", "record-propose-relationship");
    /** Relationships proposed on this tablet and not yet held by the server (or refused, with why). */
    public final VBox proposed = new VBox(6);
    /** The latest eco-map recorded at a visit, drawn from the cache (R5.6-genogram). */
    public final VBox ecoMap = new VBox(8);
    public final VBox plan = new VBox(8);
    /** R5.4-child-property: the child's belongings and where they are; shown for a child looked after or with items listed. */
    public final VBox property = new VBox(8);
    public final VBox propertyBox;
    public final Label chronologyIntro = Ui.note("");
    public final VBox chronology = new VBox(10);
    /** The case's documents and its visits' files (R1-media): names only, the bytes stay on the server. */
    public final VBox files = new VBox(8);

    public CaseRecordView() {
        freshness.setId("record-freshness");
        freshness.getStyleClass().add("freshness");
        childName.setId("record-name");
        childName.getStyleClass().add("who");
        childName.setWrapText(true);
        facts.setId("record-facts");
        household.setId("record-household");
        genogram.setId("record-genogram");
        proposed.setId("record-proposed");
        ecoMap.setId("record-ecomap");
        plan.setId("record-plan");
        property.setId("record-property");
        propertyBox = section("The child's belongings", Ui.note("What belongs to the child and where it is, so it "
                + "goes back to them. Record a change at a visit, on the Changes step."), property);
        propertyBox.managedProperty().bind(propertyBox.visibleProperty());
        propertyBox.setVisible(false);
        chronology.setId("record-chronology");
        files.setId("record-files");
        chronologyIntro.setId("record-chronology-intro");
        caseSummary.setId("record-case-summary");
        caseSummary.setWrapText(true);
        contactArrangements.setId("record-contact-arrangements");
        contactArrangements.setWrapText(true);
        notice.setId("record-notice");
        notice.getStyleClass().add("banner-text");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        VBox content = new VBox(14, childName, notice, freshness,
                section("Latest case summary", caseSummary),
                section("Contact arrangements", contactArrangements),
                section("Basic record", facts),
                section("Household", household),
                section("Genogram", genogram, proposed, proposeRelationship),
                section("Eco-map", ecoMap),
                section("Plan recommendations", plan),
                propertyBox,
                section("Recent chronology", chronologyIntro, chronology),
                section("Documents and photos", files),
                section("Other contacts", Ui.note("A call, letter, email or meeting about the child: record who, what, "
                        + "and any decisions with their reasons."), recordContact));
        getChildren().addAll(Ui.header(title, lock, back), Ui.scrolling(content));
        getStyleClass().addAll("screen", "record");
    }

    private static VBox section(String heading, javafx.scene.Node... body) {
        VBox box = new VBox(10);
        box.getChildren().add(Ui.heading(heading));
        box.getChildren().addAll(body);
        box.getStyleClass().add("card");
        return box;
    }

    /** One fact: its name above its value, so it reads the same on a phone and a tablet. */
    public static VBox fact(String id, String name, String value, boolean missing) {
        Label n = new Label(name);
        n.getStyleClass().add("review-label");
        n.setWrapText(true);
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add(missing ? "hint" : "review-value");
        v.setWrapText(true);
        VBox box = new VBox(2, n, v);
        box.setAccessibleText(name + ": " + value);
        return box;
    }

    /**
     * A household member, with "Parental responsibility" as its own tag when they hold it (R5.1-basic)
     * and, when known, since when they live there.
     */
    public static FlowPane member(String id, String who, boolean parentalResponsibility, String since) {
        Label w = new Label(who);
        w.getStyleClass().add("review-value");
        w.setWrapText(true);
        FlowPane row = new FlowPane(10, 6, w);
        row.setId(id);
        if (parentalResponsibility) {
            Label pr = new Label("Parental responsibility");
            pr.getStyleClass().addAll("status", "status-synced");
            pr.setId(id + "-pr");
            row.getChildren().add(pr);
        }
        if (since != null) {
            Label s = new Label(since);
            s.getStyleClass().add("hint");
            row.getChildren().add(s);
        }
        row.setAccessibleText(who + (parentalResponsibility ? ", holds parental responsibility" : "")
                + (since == null ? "" : ", " + since));
        return row;
    }

    public static Label bullet(String id, String text) {
        Label l = new Label("• " + text);
        l.setId(id);
        l.getStyleClass().add("review-value");
        l.setWrapText(true);
        return l;
    }

    /** One task of a plan recommendation, under it: what, who owns it, by when. */
    public static Label task(String id, String text) {
        Label l = new Label("    – " + text);
        l.setId(id);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    /** One chronology line: date, fact, and where it came from. */
    public static VBox line(String id, String date, String fact, String source) {
        Label d = new Label(date);
        d.getStyleClass().add("review-label");
        Label f = new Label(fact);
        f.getStyleClass().add("review-value");
        f.setWrapText(true);
        Label s = new Label("Source: " + source);
        s.getStyleClass().add("hint");
        s.setWrapText(true);
        VBox box = new VBox(2, d, f, s);
        box.setId(id);
        box.getStyleClass().add("chronology-line");
        return box;
    }
}
