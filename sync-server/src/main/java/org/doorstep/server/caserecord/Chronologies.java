package org.doorstep.server.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.doorstep.server.cover.RecordingBasis;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lines a practitioner adds to a chronology by hand (R5.5-chronology): facts with their source, any date up to today. */
@ApplicationScoped
public class Chronologies {

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;
    private final RecordingBasis bases;

    Chronologies(Clock clock, EntityManager em,
                 @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone, RecordingBasis bases) {
        this.clock = clock;
        this.em = em;
        this.zone = zone;
        this.bases = bases;
    }

    @Transactional
    public ChronologyLine add(String caseId, Practitioner by, ChronologyLine line) {
        CaseAccess.heldAndLocked(em, caseId, by, bases, clock.instant());
        CaseAccess.refuseIfAny(RecordRules.chronology(line, LocalDate.now(clock.withZone(zone))),
                "invalid-chronology-line", "Invalid chronology line");
        ChronologyEntry e = ChronologyEntry.of(caseId,
                new ChronologyLine(line.date(), line.fact().strip(), line.source().strip(), line.category()), null);
        e.recordedBy = by.username();
        e.recordedAt = clock.instant();
        e.persist();
        return e.line();
    }

    /**
     * A line added on the case record by a supervisor or manager, from what is known of the child's life
     * (from birth, so before the case opened too), with its category; the caller has checked the rules.
     */
    @Transactional
    public ChronologyLine addFromRecord(ChildCase c, Staff by, ChronologyLine line) {
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ChronologyEntry e = ChronologyEntry.of(c.caseId,
                new ChronologyLine(line.date(), line.fact().strip(), line.source().strip(), line.category()), null);
        e.recordedBy = by.username;
        e.recordedAt = clock.instant();
        e.persist();
        return e.line();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
