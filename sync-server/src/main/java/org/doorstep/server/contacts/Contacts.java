package org.doorstep.server.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.server.caserecord.CaseAccess;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.cover.RecordingBasis;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records other contacts (R5.3-contacts), each with a line in the chronology naming it as the source. */
@ApplicationScoped
public class Contacts {

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;
    private final RecordingBasis bases;

    Contacts(Clock clock, EntityManager em, RecordingBasis bases,
             @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.bases = bases;
        this.zone = zone;
    }

    /**
     * A contact sent by a tablet: its practitioner must hold the case, allocated or covering
     * (R14-cover), like a visit note; a duty practitioner records a visit, with its reason, instead.
     */
    @Transactional
    public ContactRecord record(String caseId, Practitioner by, ContactRecord c) {
        CaseAccess.heldAndLocked(em, caseId, by, bases, clock.instant());
        CaseAccess.refuseIfAny(RecordRules.contact(c, today()), "invalid-contact", "Invalid contact");
        return store(caseId, by.username(), c);
    }

    /** A contact recorded on the case record by a supervisor or manager; the caller has checked the rules. */
    @Transactional
    public ContactRecord recordFromWorkspace(ChildCase childCase, Staff by, ContactRecord c) {
        em.lock(childCase, LockModeType.PESSIMISTIC_WRITE);
        return store(childCase.caseId, by.username, c);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private ContactRecord store(String caseId, String username, ContactRecord c) {
        CaseContact row = new CaseContact();
        row.caseId = caseId;
        row.date = c.date();
        row.method = c.method();
        row.withWhom = c.withWhom().strip();
        row.what = c.what().strip();
        boolean decided = c.decisions() != null && !c.decisions().isBlank();
        row.decisions = decided ? c.decisions().strip() : null;
        row.decidedBy = decided ? c.decidedBy().strip() : null;
        row.reasons = decided ? c.reasons().strip() : null;
        row.recordedBy = username;
        row.recordedAt = clock.instant();
        row.persist();
        String fact = CaseContact.methodName(row.method) + " with " + row.withWhom + ": " + row.what
                + (decided ? " Decided by " + row.decidedBy + ": " + row.decisions : "");
        Staff author = Staff.named(username);
        ChronologyEntry line = ChronologyEntry.of(caseId, new ChronologyLine(row.date, clip(fact, RecordRules.MAX_FACT),
                CaseContact.methodName(row.method) + " recorded by " + (author == null ? username : author.displayName)), null);
        line.recordedBy = username;
        line.recordedAt = row.recordedAt;
        line.contactId = row.id;
        line.persist();
        return row.record();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
