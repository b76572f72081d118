package org.doorstep.server.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.doorstep.model.confidential.ConfidentialRules;
import org.doorstep.model.confidential.RestrictionReason;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.FormErrors;

/**
 * Restricted information (R7-restricted): a supervisor or manager marks a visit, or one statement
 * of what others told the practitioner, restricted with a reason and who may see it; it is withheld
 * at once; a manager of the team confirms it, and reviews and lifts it with a reason, each a
 * management decision. Tablets never receive a restricted item.
 */
@ApplicationScoped
public class Restrictions {

    public static final String CONFIRMED = "restriction-confirmed";
    public static final String LIFTED = "restriction-lifted";

    private final Clock clock;
    private final Decisions decisions;
    private final AccessLog accessLog;
    private final org.doorstep.server.workspace.Words words;

    Restrictions(Clock clock, Decisions decisions, AccessLog accessLog, org.doorstep.server.workspace.Words words) {
        this.clock = clock;
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.words = words;
    }

    /** The restricted item named by its visit's date and practitioner, never by its content or only its note id. */
    public String nameOf(Restriction r) {
        switch (r.itemKind) {
            case Restriction.FACT -> {
                org.doorstep.server.caseload.CaseFact f = org.doorstep.server.caseload.CaseFact.findById(r.factId);
                return "Basic record: " + org.doorstep.model.record.FactKind.of(f.kind)
                        .map(org.doorstep.model.record.FactKind::label).orElse(f.kind) + ", as recorded on "
                        + words.date(f.recordedAt) + " by " + org.doorstep.server.workspace.VisitPage.name(f.recordedBy);
            }
            case Restriction.LINE -> {
                org.doorstep.server.caserecord.ChronologyEntry l = org.doorstep.server.caserecord.ChronologyEntry.findById(r.lineId);
                return "Chronology line of " + words.date(l.date) + ", typed by "
                        + org.doorstep.server.workspace.VisitPage.name(l.recordedBy);
            }
            case Restriction.FILE -> {
                return "A file of the case (SHA-256 " + r.fileSha256.substring(0, 12) + "…)";
            }
            default -> {
                // a visit or one of its statements, below
            }
        }
        CaseEntryRow e = CaseEntryRow.byNoteId(r.noteId);
        String visit = e == null ? "visit note " + r.noteId : "the visit of " + words.date(e.visitStart) + " by "
                + org.doorstep.server.workspace.VisitPage.name(e.author);
        return r.itemName(visit);
    }

    public static List<Restriction> inForce(String caseId) {
        return Restriction.list("caseId = ?1 and liftedAt is null order by id", caseId);
    }

    public static List<Restriction> all(String caseId) {
        return Restriction.list("caseId = ?1 order by case when liftedAt is null then 0 else 1 end, id desc", caseId);
    }

    /** Everything in force: what no tablet receives, whoever holds it. */
    public static Withheld fromTablets(Collection<String> caseIds) {
        return caseIds.isEmpty() ? Withheld.NOTHING
                : new Withheld(Restriction.list("caseId in ?1 and liftedAt is null", caseIds));
    }

    /** What this person may not see of the case. */
    public static Withheld from(ChildCase c, Staff viewer) {
        boolean manager = managerOf(c, viewer);
        return new Withheld(inForce(c.caseId).stream()
                .filter(r -> !r.access().maySee(viewer.username, manager)).toList());
    }

    /** The restrictions in force on this visit that this person may see: each view of one is logged as such. */
    public void logViews(ChildCase c, Staff viewer, String noteId) {
        logViews(c, viewer, r -> noteId.equals(r.noteId));
    }

    /**
     * The restrictions in force on the case's basic record, hand-typed chronology lines and files, each
     * logged as seen or withheld: what the case record page shows.
     */
    public void logRecordViews(ChildCase c, Staff viewer) {
        logViews(c, viewer, r -> r.noteId == null);
    }

    public void logViews(ChildCase c, Staff viewer, java.util.function.Predicate<Restriction> which) {
        boolean manager = managerOf(c, viewer);
        for (Restriction r : inForce(c.caseId)) {
            if (which.test(r)) {
                boolean sees = r.access().maySee(viewer.username, manager);
                accessLog.viewed(c.caseId, viewer.username, (sees ? "Restricted item viewed: " : "Restricted item withheld: ")
                        + nameOf(r) + " (" + r.reasonLabel() + ")");
            }
        }
    }

    public static boolean managerOf(ChildCase c, Staff s) {
        return Staff.MANAGER.equals(s.role) && s.team != null && s.team.equals(c.teamName());
    }

    /** The items of the case that may be restricted, as "entry:NOTE" or "statement:NOTE:INDEX", with a short name. */
    public record Item(String value, String label) {
    }

    public List<Item> items(ChildCase c, Staff viewer) {
        Withheld hidden = from(c, viewer);
        List<Item> out = new ArrayList<>();
        for (CaseEntryRow e : CaseEntryRow.<CaseEntryRow>list("caseId = ?1 and kind = ?2 order by sequence desc",
                c.caseId, CaseEntryRow.VISIT)) {
            VisitNote v = CaseRecords.visit(e);
            if (v == null || hidden.entry(e.noteId)) {
                continue;
            }
            String day = words.date(v.visitStart()) + " by " + org.doorstep.server.workspace.VisitPage.name(e.author);
            out.add(new Item("entry:" + e.noteId, "The whole visit of " + day));
            for (int i = 0; i < v.reportedByOthers().size(); i++) {
                if (!hidden.statements(e.noteId).contains(i)) {
                    var st = v.reportedByOthers().get(i);
                    String text = shortly(st.text());
                    out.add(new Item("statement:" + e.noteId + ":" + i, "Visit of " + day + ", said by "
                            + (st.saidBy().isBlank() ? "the practitioner" : st.saidBy()) + ": " + text));
                }
            }
        }
        for (org.doorstep.server.caseload.CaseFact f : org.doorstep.server.caseload.CaseFact
                .<org.doorstep.server.caseload.CaseFact>list("caseId = ?1 order by id desc", c.caseId)) {
            var kind = org.doorstep.model.record.FactKind.of(f.kind);
            if (kind.isPresent() && kind.get().freeText() && hidden.fact(f.id).isEmpty()) {
                out.add(new Item(Restriction.FACT + ":" + f.id, "Basic record, " + kind.get().label() + ": " + shortly(f.value)
                        + " (recorded " + words.date(f.recordedAt) + ")"));
            }
        }
        for (org.doorstep.server.caserecord.ChronologyEntry l : org.doorstep.server.caserecord.ChronologyEntry
                .<org.doorstep.server.caserecord.ChronologyEntry>list("caseId = ?1 and noteId is null and recordedBy is not null "
                        + "and contactId is null order by date desc, id desc", c.caseId)) {
            if (hidden.line(l.id, null).isEmpty()) {
                out.add(new Item(Restriction.LINE + ":" + l.id, "Chronology, " + words.date(l.date) + ": " + shortly(l.fact)));
            }
        }
        for (org.doorstep.server.attachments.CaseDocument d : org.doorstep.server.attachments.CaseDocument
                .<org.doorstep.server.attachments.CaseDocument>list("caseId = ?1 order by addedAt desc, id desc", c.caseId)) {
            if (hidden.file(d.sha256, null).isEmpty()) {
                out.add(new Item(Restriction.FILE + ":" + d.sha256, "Document: " + shortly(d.title) + " (" + d.name + ")"));
            }
        }
        for (org.doorstep.server.attachments.VisitAttachment f : org.doorstep.server.attachments.VisitAttachment.ofCase(c.caseId)) {
            if (hidden.file(f.sha256, f.noteId).isEmpty()) {
                out.add(new Item(Restriction.FILE + ":" + f.sha256, "File of a visit: " + shortly(f.name)));
            }
        }
        return out.stream().collect(java.util.stream.Collectors.toMap(Item::value, i -> i, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static String shortly(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    @Transactional
    public List<FieldError> mark(ChildCase c, Staff by, String item, String reason, String explanation, List<String> readers) {
        List<FieldError> errors = new ArrayList<>();
        FormErrors.addOncePerField(errors, ConfidentialRules.restriction(item, reason, explanation));
        Restriction r = new Restriction();
        if (item != null && !item.isBlank() && !item.startsWith(Restriction.ENTRY + ":")
                && !item.startsWith(Restriction.STATEMENT + ":")) {
            if (!recordItem(c, item, r)) {
                errors.add(new FieldError("item", "Choose an item of this case's record"));
            }
        } else if (item != null && !item.isBlank()) {
            String[] parts = item.split(":");
            CaseEntryRow e = parts.length >= 2 ? CaseEntryRow.byNoteId(parts[1]) : null;
            VisitNote v = e == null || !c.caseId.equals(e.caseId) ? null : CaseRecords.visit(e);
            Integer index = parts.length == 3 ? parse(parts[2]) : null;
            boolean known = v != null && (parts[0].equals(Restriction.ENTRY) && parts.length == 2
                    || parts[0].equals(Restriction.STATEMENT) && index != null && index >= 0
                    && index < v.reportedByOthers().size());
            if (!known) {
                errors.add(new FieldError("item", "Choose an item of this case's record"));
            } else {
                r.itemKind = parts[0];
                r.noteId = e.noteId;
                r.statementIndex = index;
            }
        }
        List<String> named = readers == null ? List.of() : readers.stream().filter(u -> !u.isBlank()).distinct().toList();
        for (String u : named) {
            Staff s = Staff.named(u);
            if (s == null || !c.teamName().equals(s.team) || Staff.PRACTITIONER.equals(s.role)) {
                errors.add(new FieldError("readers", "Name only supervisors and managers of " + c.teamName()));
                break;
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        r.caseId = c.caseId;
        r.reason = reason;
        r.explanation = explanation.strip();
        r.readers = String.join(",", named);
        r.markedBy = by.username;
        r.markedAt = clock.instant();
        r.persist();
        return List.of();
    }

    @Transactional
    public List<FieldError> confirm(ChildCase c, Staff manager, long id) {
        Restriction r = find(c, id);
        if (r.confirmedAt != null || r.liftedAt != null) {
            return List.of(new FieldError("confirm", "This restriction was already " + (r.liftedAt != null ? "lifted" : "confirmed")));
        }
        r.confirmedBy = manager.username;
        r.confirmedAt = clock.instant();
        decisions.onRecord(c.caseId, manager, CONFIRMED, "Restriction confirmed: " + nameOf(r),
                RestrictionReason.fromWire(r.reason).map(RestrictionReason::label).orElse(r.reason) + ". " + r.explanation, null);
        return List.of();
    }

    @Transactional
    public List<FieldError> lift(ChildCase c, Staff manager, long id, String why) {
        Restriction r = find(c, id);
        List<FieldError> errors = new ArrayList<>();
        FormErrors.addOncePerField(errors, ConfidentialRules.lift(why));
        if (r.liftedAt != null) {
            errors.add(new FieldError("why", "This restriction was already lifted"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        r.liftedBy = manager.username;
        r.liftedAt = clock.instant();
        r.liftReason = why.strip();
        decisions.onRecord(c.caseId, manager, LIFTED, "Restriction lifted: " + nameOf(r), r.liftReason, null);
        return List.of();
    }

    private static Restriction find(ChildCase c, long id) {
        Restriction r = Restriction.findById(id);
        if (r == null || !r.caseId.equals(c.caseId)) {
            throw new org.doorstep.server.workspace.Scope.NotInScope("There is no restriction " + id + " on case " + c.caseId + ".");
        }
        return r;
    }

    /** A value of the basic record, a chronology line typed by hand, or a file of this case, named on {@code r}. */
    private static boolean recordItem(ChildCase c, String item, Restriction r) {
        String[] parts = item.split(":");
        if (parts.length != 2) {
            return false;
        }
        switch (parts[0]) {
            case Restriction.FACT -> {
                Long id = parseLong(parts[1]);
                org.doorstep.server.caseload.CaseFact f = id == null ? null : org.doorstep.server.caseload.CaseFact.findById(id);
                r.factId = f != null && c.caseId.equals(f.caseId) ? f.id : null;
                r.itemKind = Restriction.FACT;
                return r.factId != null;
            }
            case Restriction.LINE -> {
                Long id = parseLong(parts[1]);
                org.doorstep.server.caserecord.ChronologyEntry l = id == null ? null
                        : org.doorstep.server.caserecord.ChronologyEntry.findById(id);
                // a visit's own line is restricted with its visit; a contact's line with its contact
                r.lineId = l != null && c.caseId.equals(l.caseId) && l.noteId == null && l.recordedBy != null
                        && l.contactId == null ? l.id : null;
                r.itemKind = Restriction.LINE;
                return r.lineId != null;
            }
            case Restriction.FILE -> {
                boolean held = org.doorstep.model.media.AttachmentRules.isSha256(parts[1])
                        && (org.doorstep.server.attachments.CaseDocument.count("caseId = ?1 and sha256 = ?2", c.caseId, parts[1]) > 0
                        || org.doorstep.server.attachments.VisitAttachment.count("caseId = ?1 and sha256 = ?2", c.caseId, parts[1]) > 0);
                r.fileSha256 = held ? parts[1] : null;
                r.itemKind = Restriction.FILE;
                return held;
            }
            default -> {
                return false;
            }
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
