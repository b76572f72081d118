package org.doorstep.server.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorstep.model.cover.CoverRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.VisitPage;
import org.doorstep.server.workspace.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Granting and ending cover for a case (R14-cover). Each grant and each end is also a management
 * decision on the case, so the record says who let whom record on it, until when and why.
 */
@ApplicationScoped
public class Covers {

    public static final String GRANTED = "cover-granted";
    public static final String ENDED = "cover-ended";

    /** One grant in words. */
    public record Line(long id, String practitioner, String until, String reason, String grantedBy, String grantedAt,
                       boolean inForce, String ended) {
    }

    /** A practitioner of the team who may be chosen to cover. */
    public record Choice(String username, String name) {
    }

    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;
    private final Words words;
    private final Decisions decisions;

    Covers(Clock clock, EntityManager em, Words words, Decisions decisions,
           @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.words = words;
        this.decisions = decisions;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The case's grants, newest first. */
    public List<Line> of(ChildCase c) {
        LocalDate today = today();
        return CoverGrant.<CoverGrant>list("caseId = ?1 order by grantedAt desc, id desc", c.caseId).stream()
                .map(g -> new Line(g.id, VisitPage.name(g.practitioner), words.date(g.until), g.reason, VisitPage.name(g.grantedBy),
                        words.dateTime(g.grantedAt), g.inForce(today, zone),
                        g.endedAt == null ? null : "Ended by " + VisitPage.name(g.endedBy) + ", " + words.dateTime(g.endedAt)))
                .toList();
    }

    /** The practitioners of the team other than the allocated worker, by name. */
    public List<Choice> choices(Staff me, ChildCase c) {
        return Staff.<Staff>list("team = ?1 and role = ?2 order by displayName", me.team, Staff.PRACTITIONER).stream()
                .filter(s -> !s.username.equals(c.allocatedTo)).map(s -> new Choice(s.username, s.displayName)).toList();
    }

    @Transactional
    public Outcome grant(Staff me, ChildCase c, String practitioner, String until, String reason) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate last = FormErrors.date("until", until, errors);
        Staff chosen = Staff.named(practitioner);
        boolean ofTeam = chosen != null && chosen.isPractitioner() && me.team != null && me.team.equals(chosen.team);
        FormErrors.addOncePerField(errors, CoverRules.grant(practitioner, ofTeam, c.allocatedTo, last, reason, today()));
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        CoverGrant g = new CoverGrant();
        g.caseId = c.caseId;
        g.practitioner = chosen.username;
        g.until = last;
        g.reason = reason.strip();
        g.grantedBy = me.username;
        g.grantedAt = clock.instant();
        g.persist();
        decisions.onRecord(c.caseId, me, GRANTED, chosen.displayName + " covers the case until " + words.date(g.until),
                g.reason, null);
        return new Outcome(List.of());
    }

    /** Ends a grant in force; false when there is none of that id on the case (or it already ended). */
    @Transactional
    public boolean end(Staff me, ChildCase c, long id) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        CoverGrant g = CoverGrant.findById(id);
        if (g == null || !g.caseId.equals(c.caseId) || !g.inForce(today(), zone)) {
            return false;
        }
        g.endedAt = clock.instant();
        g.endedBy = me.username;
        decisions.onRecord(c.caseId, me, ENDED, "Cover by " + VisitPage.name(g.practitioner) + " ended",
                "Ended before its last day (" + words.date(g.until) + ").", null);
        return true;
    }

    /** The cases a practitioner covers today, with each grant's last day (the latest when several). */
    public Map<String, LocalDate> coveredBy(String username) {
        LocalDate today = today();
        return CoverGrant.<CoverGrant>list("practitioner = ?1 and until >= ?2 and endedAt is null", username, today)
                .stream().filter(g -> g.inForce(today, zone))
                .collect(Collectors.toMap(g -> g.caseId, g -> g.until, (a, b) -> a.isAfter(b) ? a : b));
    }
}
