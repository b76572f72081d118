package org.doorstep.model.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.visit.Violation;

/**
 * Cover for a case (R14-cover; procedure 5.1): a supervisor lets a practitioner of the team record on
 * a case that is not theirs, up to and including a last day, and may end it sooner.
 */
public final class CoverRules {

    /** Cover is for an absence, not a transfer: longer than this is a reallocation. */
    public static final int LONGEST_DAYS = 183;
    public static final int MAX_REASON = 1000;

    private CoverRules() {
    }

    /**
     * A grant: who covers (someone other than the allocated worker, a practitioner of the team, which
     * the caller checks and passes as {@code practitionerOfTeam}), until when, and why.
     */
    public static List<Violation> grant(String practitioner, boolean practitionerOfTeam, String allocatedTo,
                                        LocalDate until, String reason, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = RecordedAs.REQUIREMENT;
        if (practitioner == null || practitioner.isBlank()) {
            v.add(new Violation("practitioner", r, "Choose the practitioner who covers the case."));
        } else if (!practitionerOfTeam) {
            v.add(new Violation("practitioner", r, "Choose a practitioner of your team."));
        } else if (practitioner.equals(allocatedTo)) {
            v.add(new Violation("practitioner", r, "The case is already allocated to this practitioner; choose someone else."));
        }
        if (until == null) {
            v.add(new Violation("until", r, "Enter the last day of cover."));
        } else if (until.isBefore(today)) {
            v.add(new Violation("until", r, "The last day of cover cannot be in the past."));
        } else if (until.isAfter(today.plusDays(LONGEST_DAYS))) {
            v.add(new Violation("until", r, "Cover lasts at most " + LONGEST_DAYS
                    + " days; for longer, allocate the case to the practitioner."));
        }
        if (reason == null || reason.isBlank()) {
            v.add(new Violation("reason", r, "Say why cover is needed, for example: Amara Okafor is on leave."));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(new Violation("reason", r, "The reason must be " + MAX_REASON + " characters or fewer."));
        }
        return v;
    }

    /** Whether a grant is in force on {@code day}: not past its last day and not ended before that day. */
    public static boolean inForce(LocalDate until, Instant endedAt, LocalDate day, ZoneId zone) {
        return !day.isAfter(until) && (endedAt == null || day.isBefore(endedAt.atZone(zone).toLocalDate()));
    }

    /**
     * Whether a visit that started at {@code visitStart} was made under the grant: on or before its last
     * day and before it was ended. A note of such a visit lands even when it syncs after the cover.
     */
    public static boolean covers(LocalDate until, Instant endedAt, Instant visitStart, ZoneId zone) {
        return !visitStart.atZone(zone).toLocalDate().isAfter(until) && (endedAt == null || visitStart.isBefore(endedAt));
    }
}
