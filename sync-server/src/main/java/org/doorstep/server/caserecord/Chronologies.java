package org.doorstep.server.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.people.Practitioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lines a practitioner adds to a chronology by hand (R5.5-chronology): facts with their source, any date up to today. */
@ApplicationScoped
public class Chronologies {

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;

    Chronologies(Clock clock, EntityManager em,
                 @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.zone = zone;
    }

    @Transactional
    public ChronologyLine add(String caseId, Practitioner by, ChronologyLine line) {
        CaseAccess.allocatedAndLocked(em, caseId, by);
        CaseAccess.refuseIfAny(RecordRules.chronology(line, LocalDate.now(clock.withZone(zone))),
                "invalid-chronology-line", "Invalid chronology line");
        ChronologyEntry e = ChronologyEntry.of(caseId,
                new ChronologyLine(line.date(), line.fact().strip(), line.source().strip()), null);
        e.recordedBy = by.username();
        e.recordedAt = clock.instant();
        e.persist();
        return e.line();
    }
}
