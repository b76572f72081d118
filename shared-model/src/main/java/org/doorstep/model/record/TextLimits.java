package org.doorstep.model.record;

import java.util.Optional;

/**
 * How long the words a person writes on a form may be, and the message when they are too long or
 * missing: one place for the limits the server's columns set (a decision's headline and reasons,
 * a comment on a proposal, why a tablet was revoked), so every form says the same.
 */
public final class TextLimits {

    /** A decision's headline (management_decisions.decision). */
    public static final int DECISION = 500;
    /** A decision's reasons, a comment or a reason for a change (management_decisions.reasons, V17). */
    public static final int REASONS = 4000;
    /** Why a tablet was revoked (devices.revoked_reason). */
    public static final int REVOCATION_REASON = 500;

    private TextLimits() {
    }

    /** The message for text longer than {@code max}, naming what it is ("Comment"); empty when it fits. */
    public static Optional<String> tooLong(String what, String text, int max) {
        return text != null && text.strip().length() > max
                ? Optional.of(what + " must be " + max + " characters or fewer") : Optional.empty();
    }

    /** {@code missing} when blank, else the too-long message; empty when the text may be recorded. */
    public static Optional<String> required(String what, String text, int max, String missing) {
        return text == null || text.isBlank() ? Optional.of(missing) : tooLong(what, text, max);
    }
}
