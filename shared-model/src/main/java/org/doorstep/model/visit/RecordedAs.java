package org.doorstep.model.visit;

import java.util.Optional;

/**
 * On which basis a practitioner recorded on a case (R14-cover; procedure 5.1: everyone who works with
 * the child records): the allocated worker, a practitioner the supervisor granted cover, or a
 * practitioner of the case's team on duty visiting an unallocated case, who says why.
 *
 * <p>The server sets this when a note arrives, from its own records (allocation and cover grants,
 * which a tablet offline cannot know are still in force) and the duty reason the practitioner signed;
 * it is not part of the signed note.
 */
public enum RecordedAs {
    ALLOCATED("allocated", "Allocated worker"),
    COVERING("covering", "Covering"),
    DUTY("duty", "Duty visit");

    public static final String REQUIREMENT = "R14-cover";
    public static final int MAX_DUTY_REASON = 1000;

    private final String wire;
    private final String label;

    RecordedAs(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<RecordedAs> of(String wire) {
        for (RecordedAs b : values()) {
            if (b.wire.equals(wire)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The basis a note is recorded on, the strongest that holds: allocated, then covering, then duty
     * (an unallocated case of the practitioner's own team, with a reason given). Empty when none holds,
     * and the note is refused.
     *
     * @param unallocatedInTeam the case has no allocated worker and belongs to the practitioner's team
     */
    public static Optional<RecordedAs> decide(boolean allocated, boolean covering, boolean unallocatedInTeam,
                                              String dutyReason) {
        if (allocated) {
            return Optional.of(ALLOCATED);
        }
        if (covering) {
            return Optional.of(COVERING);
        }
        if (unallocatedInTeam && dutyReason != null && !dutyReason.isBlank()) {
            return Optional.of(DUTY);
        }
        return Optional.empty();
    }
}
