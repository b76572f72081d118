package org.doorstep.server.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorstep.server.cluster.ForgetSignal;
import org.doorstep.server.db.RecentLookups;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.review.Decisions.FieldError;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering, approving and retiring visit-form versions (R2-form-approval), and what ingest asks:
 * may a note captured with this version enter the record? Every step is checked by
 * {@link FormLifecycle} first; a refused step changes nothing.
 */
@ApplicationScoped
public class FormVersions {

    /** A step done, or the errors to show beside the form. */
    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final DateTimeFormatter day;
    /** Versions found approved lately: every note asks, and a version's status changes a few times a year. */
    private final RecentLookups<String, Boolean> usable;

    FormVersions(Clock clock, EntityManager em, TransactionSynchronizationRegistry transactions, ForgetSignal signal,
                 @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.usable = new RecentLookups<>(Duration.ofSeconds(15), 1_000, clock, transactions, signal);
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(zone);
    }

    /** Every version ever registered, the newest first. */
    public List<FormVersion> all() {
        return FormVersion.list("order by registeredAt desc, version desc");
    }

    /** The versions a note may be captured with now, for the tablets (in the caseload). */
    public List<String> approved() {
        return em.createQuery("select f.version from FormVersion f where f.status = ?1 order by f.version", String.class)
                .setParameter(1, FormStatus.APPROVED.stored()).getResultList();
    }

    public Optional<FormVersion> find(String version) {
        return Optional.ofNullable(version == null ? null : FormVersion.findById(version));
    }

    @Transactional
    public Outcome register(Staff by, String version, String title, String description) {
        String id = FormLifecycle.strip(version);
        List<FieldError> errors = FormLifecycle.register(by.role, id, title, description,
                !id.isEmpty() && FormVersion.findById(id) != null);
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        FormVersion f = new FormVersion();
        f.version = id;
        f.status = FormStatus.PROPOSED.stored();
        usable.forgetAll();
        f.title = FormLifecycle.strip(title);
        f.description = FormLifecycle.strip(description);
        f.registeredBy = by.username;
        f.registeredAt = now();
        f.persist();
        return new Outcome(List.of());
    }

    /** Approves a proposed version; the caller has checked that it exists. */
    @Transactional
    public Outcome approve(Staff by, String version, boolean confirmed, String comment) {
        FormVersion f = locked(version);
        List<FieldError> errors = FormLifecycle.approve(by.role, version, f.lifecycle(), confirmed, comment);
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        f.status = FormStatus.APPROVED.stored();
        usable.forgetAll();
        f.approvedBy = by.username;
        f.approvedAt = now();
        String c = FormLifecycle.strip(comment);
        f.approvalComment = c.isEmpty() ? null : c;
        return new Outcome(List.of());
    }

    /** Retires an approved version: notes captured with it are refused from now on; stored ones stay. */
    @Transactional
    public Outcome retire(Staff by, String version, String reason) {
        FormVersion f = version == null || version.isBlank() ? null : locked(version);
        List<FieldError> errors = FormLifecycle.retire(by.role, version, f == null ? null : f.lifecycle(), reason);
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        f.status = FormStatus.RETIRED.stored();
        usable.forgetAll();
        f.retiredBy = by.username;
        f.retiredAt = now();
        f.retiredReason = FormLifecycle.strip(reason);
        return new Outcome(List.of());
    }

    /**
     * The version's row locked and read again under the lock: the page may have loaded it earlier in
     * this transaction, and a lock alone would keep that copy, so two managers deciding at once could
     * both pass the status check.
     */
    private FormVersion locked(String version) {
        FormVersion f = em.find(FormVersion.class, version);
        if (f != null) {
            em.flush();
            em.refresh(f, LockModeType.PESSIMISTIC_WRITE);
        }
        return f;
    }

    /**
     * Refuses a note captured with a version that is not approved, saying which case it is: the
     * tablet shows the detail to the practitioner. Unknown and proposed keep the type tablets
     * already know ({@code unapproved-form-version}); a retired version has its own.
     */
    public void requireUsable(String version) {
        if (version == null) {
            throw unknown(null);
        }
        usable.get(version, () -> {
            requireApproved(version);
            return new RecentLookups.Found<>(Boolean.TRUE, null);
        });
    }

    private void requireApproved(String version) {
        FormVersion f = version == null ? null : FormVersion.findById(version);
        if (f == null) {
            throw unknown(version);
        }
        switch (f.lifecycle()) {
            case APPROVED -> {
            }
            case PROPOSED -> throw ProblemException.of("unapproved-form-version", "Unapproved form version", 422,
                    "Form version " + version + " is not yet approved by a manager; notes captured with it cannot be "
                            + "accepted until it is.");
            case RETIRED -> throw ProblemException.of("retired-form-version", "Retired form version", 422,
                    "Form version " + version + " was retired on " + day.format(f.retiredAt) + " by "
                            + nameOf(f.retiredBy) + ": " + f.retiredReason + "; update the app.");
        }
    }

    private static ProblemException unknown(String version) {
        return ProblemException.of("unapproved-form-version", "Unknown form version", 422,
                "Form version " + version + " is not known to this server; update the app.");
    }

    /** A person's name for a stored username; the seeded versions name a body, not a person. */
    public static String nameOf(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
