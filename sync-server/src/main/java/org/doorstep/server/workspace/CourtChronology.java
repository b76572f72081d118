package org.doorstep.server.workspace;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.ManagementDecision;

/**
 * The court chronology (R5.5-chronology): a short dated diary of key events, each with its source,
 * in date order, as a PDF. Facts from the chronology and recorded case decisions; visit sign-offs
 * are left out (they are about the recording, not the child).
 */
@ApplicationScoped
public class CourtChronology {

    record Event(LocalDate date, String what, String source, String recordedBy) {
    }

    private final Words words;
    private final Decisions decisions;
    private final Clock clock;

    CourtChronology(Words words, Decisions decisions, Clock clock) {
        this.words = words;
        this.decisions = decisions;
        this.clock = clock;
    }

    public byte[] pdf(ChildCase c, LocalDate from, LocalDate to, String preparedBy) {
        return pdf(c, from, to, preparedBy, org.doorstep.server.confidential.Withheld.NOTHING);
    }

    /**
     * R7-restricted: a line of a restricted visit that whoever prepares the chronology may not see keeps
     * its date and says it is withheld and why, never what it says or who recorded it.
     */
    public byte[] pdf(ChildCase c, LocalDate from, LocalDate to, String preparedBy,
                      org.doorstep.server.confidential.Withheld hidden) {
        List<Event> events = new ArrayList<>();
        for (ChronologyEntry l : ChronologyEntry.<ChronologyEntry>list("caseId = ?1 order by date, id", c.caseId)) {
            var restricted = hidden.line(l.id, l.noteId);
            if (restricted.isPresent()) {
                String said = org.doorstep.server.confidential.WithheldVisits.withheldLine(restricted.get());
                events.add(new Event(l.date, "[" + said.substring(0, said.length() - 1) + ". Its content is not shown to "
                        + preparedBy + ", who prepared this chronology.]", "Withheld", "Withheld"));
                continue;
            }
            events.add(new Event(l.date, l.fact, l.source, CaseRecordPage.recorder(l)));
        }
        for (ManagementDecision d : decisions.of(c.caseId)) {
            if (ManagementDecision.CASE_DECISION.equals(d.kind)) {
                events.add(new Event(d.decidedAt.atZone(words.zone()).toLocalDate(),
                        "Decision: " + d.decision + ". Reasons: " + d.reasons,
                        "Management decision by " + VisitPage.name(d.decidedBy), VisitPage.name(d.decidedBy)));
            }
        }
        events.removeIf(e -> (from != null && e.date().isBefore(from)) || (to != null && e.date().isAfter(to)));
        events.sort(Comparator.comparing(Event::date));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Court chronology: " + c.childName);
        doc.addCreator("Doorstep");
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        doc.add(new Paragraph("Court chronology", title));
        doc.add(new Paragraph(c.childName + " (born " + words.date(c.dateOfBirth) + "), case " + c.caseId, bold));
        doc.add(new Paragraph("Period: " + (from == null ? "from the start of the record" : "from " + words.date(from))
                + (to == null ? " to date" : " to " + words.date(to)) + ". Prepared by " + preparedBy + " on "
                + words.dateTime(clock.instant()) + ". Facts only, in date order, each with its source and who recorded it "
                + "(a line's source is as it was typed; \"Recorded by\" is what the system knows).", small));
        doc.add(new Paragraph(" ", small));
        PdfPTable table = new PdfPTable(new float[] {15, 43, 22, 20});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of("Date", "Event", "Source", "Recorded by")) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setPadding(5);
            table.addCell(cell);
        }
        if (events.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No events recorded in this period.", body));
            none.setColspan(4);
            none.setPadding(5);
            table.addCell(none);
        }
        for (Event e : events) {
            List<String> cells = List.of(words.date(e.date()), e.what(), e.source(), e.recordedBy());
            for (int i = 0; i < cells.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), i >= 2 ? small : body));
                cell.setPadding(5);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }
}
