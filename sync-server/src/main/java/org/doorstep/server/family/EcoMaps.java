package org.doorstep.server.family;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.family.DrawingSvg;
import org.doorstep.model.family.EcoMap;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.confidential.Restrictions;
import org.doorstep.server.confidential.Withheld;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.workspace.Scope;

/**
 * The child's eco-map as recorded at visits (R5.6-genogram). It is part of the signed note, stored
 * with it (the note's JSON), so nothing else is kept: the visit page draws the note's own map, and
 * the case record, the court chronology and the tablet's caseload take the latest visit's map that
 * the reader may see (a restricted visit's never, R7-restricted). Every drawing comes from the shared
 * model's renderer, the same shapes the tablet paints.
 */
@ApplicationScoped
@Named("ecoMaps")
public class EcoMaps {

    /** What a page shows: the SVG (the renderer escapes every text in it), the ties in words, and from which visit. */
    @TemplateData
    public record Shown(String svg, List<String> lines, String noteId, String visitDay) {
    }

    /** A map and the visit it was recorded at. */
    record Recorded(EcoMap map, String noteId, Instant visitStart) {
        Shown shown(org.doorstep.server.workspace.Words words) {
            return new Shown(DrawingSvg.render(map.draw()), map.ties().stream().map(EcoMap.Tie::line).toList(), noteId,
                    visitStart == null ? "" : words.date(visitStart));
        }
    }

    private static final int PAGE = 5;

    private final Scope scope;
    private final org.doorstep.server.workspace.Words words;

    EcoMaps(Scope scope, org.doorstep.server.workspace.Words words) {
        this.scope = scope;
        this.words = words;
    }

    /** The eco-map signed in this visit's note, for its page; null when the note has none. */
    public Shown ofNote(String noteId) {
        CaseEntryRow e = CaseEntryRow.byNoteId(noteId);
        VisitNote v = e == null ? null : CaseRecords.visit(e);
        return v == null || v.ecoMap() == null ? null : new Recorded(v.ecoMap(), noteId, v.visitStart()).shown(words);
    }

    /** The case's latest eco-map that the signed-in reader may see, for the case record; null when none. */
    public Shown latest(String caseId) {
        ChildCase c = ChildCase.findById(caseId);
        Recorded r = c == null ? null : latest(caseId, Restrictions.from(c, scope.me()));
        return r == null ? null : r.shown(words);
    }

    /** The latest eco-map of a case, from the latest visit (by when it took place) that recorded one and is not withheld. */
    static Recorded latest(String caseId, Withheld hidden) {
        // the LIKE only narrows what is read; the typed note decides. A few notes at a time, newest first:
        // most visits carry the map on, so the first note read is nearly always the answer.
        io.quarkus.hibernate.orm.panache.PanacheQuery<CaseEntryRow> query = CaseEntryRow.find(
                "caseId = ?1 and kind = ?2 and noteJson like ?3 order by visitStart desc, sequence desc",
                caseId, CaseEntryRow.VISIT, "%\"ecoMap\"%");
        for (int page = 0;; page++) {
            List<CaseEntryRow> rows = query.page(page, PAGE).list();
            for (CaseEntryRow e : rows) {
                VisitNote v = hidden.entry(e.noteId) ? null : CaseRecords.visit(e);
                if (v != null && v.ecoMap() != null) {
                    return new Recorded(v.ecoMap(), e.noteId, v.visitStart());
                }
            }
            if (rows.size() < PAGE) {
                return null;
            }
        }
    }

    /** The latest eco-map of each case for the tablets' caseload; restricted visits never reach a tablet. */
    public static Map<String, EcoMap> forTablets(List<String> caseIds, Withheld restricted) {
        Map<String, EcoMap> out = new HashMap<>();
        for (String id : caseIds) {
            Recorded r = latest(id, restricted);
            if (r != null) {
                out.put(id, r.map());
            }
        }
        return out;
    }

    /**
     * The court chronology's eco-map: the latest one its preparer may see, on a landscape page after the
     * genogram, with its ties in words below for anyone who cannot read the drawing. Nothing when none.
     */
    public static void addToCourtChronology(Document doc, PdfWriter writer, ChildCase c, Withheld hidden,
                                     java.util.function.Function<Instant, String> date,
                                     Font title, Font body, Font small) {
        Recorded r = latest(c.caseId, hidden);
        if (r == null) {
            return;
        }
        doc.setPageSize(PageSize.A4.rotate());
        doc.newPage();
        doc.add(new Paragraph("Eco-map", title));
        doc.add(new Paragraph("As recorded at the visit of " + date.apply(r.visitStart()) + ": the people and services round the child, "
                + "and how the child's tie to each feels (the practitioner's assessment).", small));
        doc.add(GenogramPdf.of(writer.getDirectContent(), r.map().draw(),
                doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin(),
                doc.getPageSize().getHeight() - doc.topMargin() - doc.bottomMargin() - 60));
        for (EcoMap.Tie tie : r.map().ties()) {
            doc.add(new Paragraph("\u2022 " + tie.line(), body));
        }
    }
}
