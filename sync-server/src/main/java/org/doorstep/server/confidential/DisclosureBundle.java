package org.doorstep.server.confidential;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.Statement;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.workspace.Words;

/**
 * The record as released to the child or family (R8-access): the visits (the child's own views,
 * what was seen, what the family said) and the chronology, with what other people told the service
 * and every restricted item withheld. Each withheld item is listed for the manager only, never in
 * the bundle. Built with the same PDF library as the court chronology.
 */
@ApplicationScoped
public class DisclosureBundle {

    /** One thing withheld from the bundle: where it was, what it said (for the manager), and why. */
    public record Redaction(String where, String what, String why) {
    }

    public record Bundle(byte[] pdf, List<Redaction> redactions) {
    }

    static final String WITHHELD = "[Withheld]";

    private final Words words;
    private final Clock clock;

    DisclosureBundle(Words words, Clock clock) {
        this.words = words;
        this.clock = clock;
    }

    public Bundle of(ChildCase c, AccessRequest request) {
        Withheld restricted = Restrictions.fromTablets(List.of(c.caseId));
        List<Redaction> redactions = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Record of " + DeclaredIdentity.nameOf(c));
        doc.addCreator("Doorstep");
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        doc.add(new Paragraph("The record of " + DeclaredIdentity.nameOf(c), title));
        doc.add(new Paragraph("Born " + words.date(c.dateOfBirth) + ", case " + c.caseId + ". Prepared on "
                + words.dateTime(clock.instant()) + " for " + request.requestedBy + " (" + request.relationship
                + "), who asked on " + words.date(request.receivedOn) + ".", small));
        doc.add(new Paragraph("Where you see " + WITHHELD + ", something was left out because it is about someone else "
                + "or could cause harm if shared. You can ask us why.", small));

        doc.add(new Paragraph("Visits", heading));
        for (CaseEntryRow e : CaseRecords.entries(c.caseId)) {
            VisitNote v = CaseRecords.visit(e);
            if (v == null) {
                continue;
            }
            String day = words.date(v.visitStart());
            if (restricted.entry(e.noteId)) {
                Restriction r = restricted.restrictions().stream().filter(x -> x.covers(e.noteId, null)).findFirst().orElseThrow();
                doc.add(new Paragraph("Visit of " + day + ": " + WITHHELD, body));
                redactions.add(new Redaction("Visit of " + day, "The whole visit note " + e.noteId, "Restricted: " + r.reasonLabel()));
                continue;
            }
            doc.add(new Paragraph("Visit of " + day + " at " + v.venue() + " (" + v.purpose() + ")", heading));
            line(doc, body, "The child's views", v.childViews());
            line(doc, body, "How the views were gathered", v.childViewsSupport());
            line(doc, body, "Parent's or carer's views", v.carerViews());
            line(doc, body, "Information exchanged", v.informationExchanged());
            line(doc, body, "What happened", v.narrative());
            for (int i = 0; i < v.reportedByOthers().size(); i++) {
                Statement st = v.reportedByOthers().get(i);
                var r = restricted.of(e.noteId, i);
                if (r.isPresent() || st.source() == Statement.Source.THIRD_PARTY) {
                    doc.add(new Paragraph("What others said: " + WITHHELD, body));
                    redactions.add(new Redaction("Visit of " + day + ", what others said " + (i + 1),
                            st.text() + " (" + st.label() + ")",
                            r.map(x -> "Restricted: " + x.reasonLabel()).orElse("Third-party information")));
                } else {
                    line(doc, body, st.label(), st.text());
                }
            }
        }
        doc.add(new Paragraph("Chronology", heading));
        for (ChronologyEntry l : ChronologyEntry.<ChronologyEntry>list("caseId = ?1 order by date, id", c.caseId)) {
            var r = restricted.line(l.id, l.noteId);
            if (r.isPresent()) {
                doc.add(new Paragraph(words.date(l.date) + ": " + WITHHELD, body));
                redactions.add(new Redaction("Chronology, " + words.date(l.date), l.fact,
                        Restriction.ENTRY.equals(r.get().itemKind) ? "Restricted visit" : "Restricted: " + r.get().reasonLabel()));
            } else {
                doc.add(new Paragraph(words.date(l.date) + ": " + l.fact, body));
            }
        }
        doc.close();
        return new Bundle(out.toByteArray(), redactions);
    }

    private static void line(Document doc, Font body, String label, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new Paragraph(label + ": " + text, body));
        }
    }
}
