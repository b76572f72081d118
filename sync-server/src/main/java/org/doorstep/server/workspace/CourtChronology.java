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
import org.doorstep.model.visit.VisitNote;
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
    private final org.doorstep.server.family.FamilyRecord family;

    CourtChronology(Words words, Decisions decisions, Clock clock, org.doorstep.server.family.FamilyRecord family) {
        this.words = words;
        this.decisions = decisions;
        this.clock = clock;
        this.family = family;
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
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // the genogram's relationships in words must follow its drawing, not slip in before it
        writer.setStrictImageSequence(true);
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
        balance(doc, c, from, to, hidden, bold, body);
        genogram(doc, writer, c, title, body, small);
        // R5.6-genogram: the latest eco-map the preparer may see, after the genogram
        org.doorstep.server.family.EcoMaps.addToCourtChronology(doc, writer, c, hidden, words::date, title, body, small);
        doc.close();
        return out.toByteArray();
    }

    /**
     * R5.4-balance: strengths and concerns recorded at the visits of the period, after the facts and
     * under their own heading, because they are the practitioner's assessment. A corrected visit shows
     * its latest version; a restricted one is left out, as its chronology line is withheld above.
     */
    private void balance(Document doc, ChildCase c, LocalDate from, LocalDate to,
                         org.doorstep.server.confidential.Withheld hidden, Font bold, Font body) {
        java.util.Map<String, VisitNote> latest = new java.util.LinkedHashMap<>();
        for (org.doorstep.server.notes.CaseEntryRow e : org.doorstep.server.caserecord.CaseRecords.entries(c.caseId)) {
            VisitNote v = org.doorstep.server.caserecord.CaseRecords.visit(e);
            if (v == null || hidden.entry(e.noteId) || v.visitStart() == null) {
                continue;
            }
            String first = v.amendment() == null ? v.noteId() : latest.keySet().stream()
                    .filter(k -> latest.get(k).noteId().equals(v.amendment().amends())).findFirst().orElse(v.noteId());
            latest.put(first, v);
        }
        List<VisitNote> shown = latest.values().stream().filter(v -> v.balance() != org.doorstep.model.record.Balance.NOT_RECORDED)
                .filter(v -> {
                    LocalDate day = v.visitStart().atZone(words.zone()).toLocalDate();
                    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                }).toList();
        if (shown.isEmpty()) {
            return;
        }
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Strengths and concerns recorded at visits (the practitioner's assessment, not fact)", bold));
        for (VisitNote v : shown) {
            doc.add(new Paragraph("Visit of " + words.date(v.visitStart()) + ", recorded by " + VisitPage.name(v.author()), bold));
            doc.add(new Paragraph("Strengths: " + (v.strengths() == null || v.strengths().isBlank() ? "none recorded" : v.strengths()), body));
            doc.add(new Paragraph("Concerns: " + (v.concerns() == null || v.concerns().isBlank() ? "none recorded" : v.concerns()), body));
        }
    }

    /**
     * R5.6-genogram: the family on a landscape page of its own, drawn from the same shapes as the
     * workspace's SVG, with its relationships in words below for anyone who cannot read the drawing.
     */
    private void genogram(Document doc, PdfWriter writer, ChildCase c, Font title, Font body, Font small) {
        org.doorstep.model.family.Family f = family.of(c);
        doc.setPageSize(PageSize.A4.rotate());
        doc.newPage();
        doc.add(new Paragraph("Genogram", title));
        doc.add(new Paragraph("As recorded on " + words.dateTime(clock.instant()) + ": the household on the record and the relatives "
                + "and relationships added to the genogram. Ages are as of that day.", small));
        doc.add(org.doorstep.server.family.GenogramPdf.of(writer.getDirectContent(),
                org.doorstep.model.family.Genogram.draw(f, LocalDate.now(clock.withZone(words.zone())), c.childName),
                doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin(),
                doc.getPageSize().getHeight() - doc.topMargin() - doc.bottomMargin() - 60));
        List<String> lines = org.doorstep.model.family.Genogram.relationshipLines(f);
        doc.add(new Paragraph(lines.isEmpty() ? "No relationships are recorded." : "Relationships:", body));
        for (String line : lines) {
            doc.add(new Paragraph("\u2022 " + line, body));
        }
    }
}
