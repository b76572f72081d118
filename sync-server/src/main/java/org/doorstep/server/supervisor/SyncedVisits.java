package org.doorstep.server.supervisor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The visits of a supervisor's team, newest first, with each signature checked again as it is shown. */
@ApplicationScoped
public class SyncedVisits {

    static final int PAGE = 200;

    private final EntityManager em;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    SyncedVisits(EntityManager em, @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.em = em;
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(zone);
        this.date = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
    }

    public List<VisitRow> newestFirst(String team) {
        List<Object[]> found = em.createQuery("select e, c, s from CaseEntryRow e, ChildCase c, Staff s "
                        + "where e.caseId = c.caseId and e.author = s.username and s.team = :team "
                        + "order by e.receivedAt desc, e.id desc", Object[].class)
                .setParameter("team", team).setMaxResults(PAGE).getResultList();
        Map<String, VerifyingKey> keys = new HashMap<>();
        List<VisitRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            CaseEntryRow e = (CaseEntryRow) r[0];
            ChildCase c = (ChildCase) r[1];
            Staff s = (Staff) r[2];
            VisitNote v = CaseRecords.visit(e);
            rows.add(new VisitRow(e.noteId, c.caseId, c.childName, s.displayName,
                    v == null ? "?" : format(date, v.visitStart()), v == null ? "?" : v.venue(),
                    v == null ? "?" : childSeen(v), format(dateTime, e.receivedAt),
                    CaseRecords.signatureVerified(e, keys)));
        }
        return rows;
    }

    public VisitDetail detail(String noteId, String team) {
        CaseEntryRow e = CaseEntryRow.byNoteId(noteId);
        ChildCase c = e == null ? null : ChildCase.findById(e.caseId);
        Staff author = e == null ? null : Staff.findById(e.author);
        if (e == null || c == null || author == null || team == null || !team.equals(author.team)) {
            throw ProblemException.of("unknown-visit", "Unknown visit", 404, "There is no visit " + noteId + " for your team.");
        }
        VisitNote v = CaseRecords.visit(e);
        boolean verified = CaseRecords.signatureVerified(e, new HashMap<>());
        boolean chainIntact = CaseRecords.chain(CaseRecords.entries(e.caseId)).intact();
        return new VisitDetail(e.noteId, c.caseId, c.childName, author.displayName, e.deviceId, verified,
                format(dateTime, e.signedAt), format(dateTime, e.receivedAt), e.sequence, e.previousHash, e.entryHash,
                e.contentHash, chainIntact, v == null ? List.of() : v.present(), fields(v));
    }

    private List<VisitDetail.Field> fields(VisitNote v) {
        List<VisitDetail.Field> f = new ArrayList<>();
        if (v == null) {
            f.add(new VisitDetail.Field("Note", "The stored note can no longer be read.", false));
            return f;
        }
        f.add(new VisitDetail.Field("Visit started", format(date, v.visitStart()), false));
        f.add(new VisitDetail.Field("Visit ended", format(date, v.visitEnd()), false));
        f.add(new VisitDetail.Field("Venue", v.venue(), false));
        f.add(new VisitDetail.Field("Purpose", v.purpose(), false));
        f.add(new VisitDetail.Field("Child seen", childSeen(v), false));
        if (!v.childWasSeen()) {
            f.add(new VisitDetail.Field("Reason not seen", v.reasonNotSeen(), true));
        }
        f.add(new VisitDetail.Field("Interpreter", v.interpreterWasUsed()
                ? "Yes: " + text(v.interpreterLanguage()) + (v.interpreterName() == null ? "" : ", " + v.interpreterName())
                : "No", false));
        f.add(new VisitDetail.Field("Child's views", v.childViews(), true));
        f.add(new VisitDetail.Field("Parent or carer views", v.carerViews(), true));
        f.add(new VisitDetail.Field("Narrative", v.narrative(), true));
        f.add(new VisitDetail.Field("Author", v.author(), false));
        f.add(new VisitDetail.Field("Form version", v.formVersion(), false));
        return f;
    }

    private static String childSeen(VisitNote v) {
        if (v.childSeen() == null) {
            return "Not recorded";
        }
        if (v.childWasSeen()) {
            return Boolean.TRUE.equals(v.childSeenAlone()) ? "Yes, alone" : "Yes, not alone";
        }
        return "No";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(not given)" : s;
    }

    private static String format(DateTimeFormatter f, Instant t) {
        return t == null ? "(none)" : f.format(t);
    }
}
