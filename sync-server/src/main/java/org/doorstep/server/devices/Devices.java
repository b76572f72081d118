package org.doorstep.server.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.doorstep.server.cluster.RetryOnConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.people.Staff;
import org.doorstep.server.token.KnownTokens;
import org.doorstep.server.workspace.PageNumber;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * Enrolled tablets as the workspace lists and revokes them (R15-lost-device). An admin has no team
 * and looks after every tablet; anyone else sees the tablets of their own team's practitioners.
 * A device row is never deleted: the notes it signed stay verified against its key.
 */
@ApplicationScoped
public class Devices {

    public static final int PAGE = 25;

    /** A device with the practitioner it was enrolled for and the newest token it was issued (null if none). */
    public record Listed(Device device, Staff practitioner, Instant lastToken) {
    }

    /** One page of devices, newest enrolments first, and how many there are in all. */
    public record Page(List<Listed> devices, long total, PageNumber page) {
    }

    /** A revocation done, refused with errors beside the fields, or refused because it was already done. */
    public record Outcome(List<FieldError> errors, boolean alreadyRevoked) {
        public boolean done() {
            return errors.isEmpty() && !alreadyRevoked;
        }
    }

    private final EntityManager em;
    private final Clock clock;
    private final KnownTokens knownTokens;

    Devices(EntityManager em, Clock clock, KnownTokens knownTokens) {
        this.em = em;
        this.clock = clock;
        this.knownTokens = knownTokens;
    }

    /** The page asked for in the address as typed; past the end, the last page (see {@link PageNumber}). */
    public Page page(Staff me, String typedPage) {
        boolean all = sees(me);
        if (!all && me.team == null) {
            return new Page(List.of(), 0, PageNumber.of(null, 0, PAGE));
        }
        String scope = all ? "" : " and s.team = :team";
        var count = em.createQuery("select count(d) from Device d join Staff s on s.username = d.username where 1 = 1"
                + scope, Long.class);
        var rows = em.createQuery("select d, s from Device d join Staff s on s.username = d.username where 1 = 1" + scope
                + " order by d.enrolledAt desc, d.deviceId", Object[].class);
        if (!all) {
            count.setParameter("team", me.team);
            rows.setParameter("team", me.team);
        }
        long total = count.getSingleResult();
        PageNumber page = PageNumber.of(typedPage, total, PAGE);
        List<Object[]> found = rows.setFirstResult(page.first()).setMaxResults(PAGE).getResultList();
        Map<String, Instant> tokens = lastTokens(found.stream().map(r -> ((Device) r[0]).deviceId).toList());
        return new Page(found.stream().map(r -> listed((Device) r[0], (Staff) r[1], tokens)).toList(),
                total, page);
    }

    /** The device, if the caller may see it. */
    public Optional<Listed> find(Staff me, String deviceId) {
        Device d = deviceId == null ? null : Device.findById(deviceId);
        Staff owner = d == null ? null : Staff.named(d.username);
        if (d == null || owner == null || !sees(me, owner)) {
            return Optional.empty();
        }
        return Optional.of(listed(d, owner, lastTokens(List.of(d.deviceId))));
    }

    /**
     * Revokes a tablet the caller may see (empty when they may not): from the commit on, it gets no
     * token and its notes are refused. Its unexpired tokens and open challenges go in the same
     * transaction, so even a token it holds now stops working; the device row and everything it
     * signed stay. The row is read again under an exclusive lock, so two managers revoking at once
     * get one revocation and one "already revoked", and a note or token exchange in flight (both
     * read the row with a shared lock) either finishes first or is refused after.
     */
    @Transactional
    @RetryOnConflict
    public Optional<Outcome> revoke(Staff by, String deviceId, String reason, boolean confirmed) {
        Device d = deviceId == null ? null : em.find(Device.class, deviceId);
        Staff owner = d == null ? null : Staff.named(d.username);
        if (d == null || owner == null || !sees(by, owner)) {
            return Optional.empty();
        }
        // refresh, not find with a lock: a row already read in this transaction would keep its old state.
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.isRevoked()) {
            return Optional.of(new Outcome(List.of(), true));
        }
        List<FieldError> errors = Revocation.check(by.role, reason, confirmed);
        if (!errors.isEmpty()) {
            return Optional.of(new Outcome(errors, false));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        d.lastTokenAt = lastTokens(List.of(d.deviceId)).get(d.deviceId);
        d.revokedAt = now;
        d.revokedBy = by.username;
        d.revokedReason = Revocation.strip(reason);
        em.createQuery("delete from IssuedToken t where t.deviceId = :d and t.expiresAt > :now")
                .setParameter("d", d.deviceId).setParameter("now", now).executeUpdate();
        em.createQuery("delete from IssuedChallenge c where c.deviceId = :d").setParameter("d", d.deviceId).executeUpdate();
        knownTokens.forgetAll();
        return Optional.of(new Outcome(List.of(), false));
    }

    /** What approving a tablet came to. */
    public enum Approval { APPROVED, ALREADY_APPROVED, REVOKED, NOT_YOURS_TO_APPROVE }

    /**
     * Approves a new tablet of a practitioner in the caller's team (R13-accounts): from now on it gets
     * the caseload. Only the practitioner's own supervisor or manager approves: they know whether the
     * practitioner has just set up a tablet, and an admin, who has no team, would not. Empty when the
     * caller may not see the tablet at all.
     */
    @Transactional
    @RetryOnConflict
    public Optional<Approval> approve(Staff by, String deviceId) {
        Device d = deviceId == null ? null : em.find(Device.class, deviceId);
        Staff owner = d == null ? null : Staff.named(d.username);
        if (d == null || owner == null || !sees(by, owner)) {
            return Optional.empty();
        }
        if (!mayApprove(by)) {
            return Optional.of(Approval.NOT_YOURS_TO_APPROVE);
        }
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.isRevoked()) {
            return Optional.of(Approval.REVOKED);
        }
        if (d.isApproved()) {
            return Optional.of(Approval.ALREADY_APPROVED);
        }
        d.approvedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        d.approvedBy = by.username;
        return Optional.of(Approval.APPROVED);
    }

    /** A supervisor or manager with a team approves their team's new tablets. */
    public static boolean mayApprove(Staff me) {
        return me.team != null && (Staff.SUPERVISOR.equals(me.role) || Staff.MANAGER.equals(me.role));
    }

    private Map<String, Instant> lastTokens(List<String> deviceIds) {
        Map<String, Instant> last = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return last;
        }
        em.createQuery("select t.deviceId, max(t.issuedAt) from IssuedToken t where t.deviceId in :ids group by t.deviceId",
                        Object[].class).setParameter("ids", deviceIds).getResultList()
                .forEach(r -> last.put((String) r[0], (Instant) r[1]));
        return last;
    }

    private static Listed listed(Device d, Staff owner, Map<String, Instant> tokens) {
        Instant fromTokens = tokens.get(d.deviceId);
        Instant last = fromTokens == null ? d.lastTokenAt
                : d.lastTokenAt == null || fromTokens.isAfter(d.lastTokenAt) ? fromTokens : d.lastTokenAt;
        return new Listed(d, owner, last);
    }

    /** An admin looks after every tablet. */
    private static boolean sees(Staff me) {
        return Staff.ADMIN.equals(me.role);
    }

    private static boolean sees(Staff me, Staff owner) {
        return sees(me) || (me.team != null && me.team.equals(owner.team));
    }
}
