package org.doorstep.app.sync;

import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.wire.Problem;

/** What one sync attempt did for one note; the outbox acts on each kind differently. */
public sealed interface SyncOutcome {

    String noteId();

    /** Newly merged; the receipt verified against the server key and covers the note. Leaves the outbox. */
    record Accepted(String noteId, Receipt receipt) implements SyncOutcome {
    }

    /** The server already held exactly this note; the receipt verified and covers it. Leaves the outbox. */
    record Duplicate(String noteId, Receipt receipt) implements SyncOutcome {
    }

    /** Refused by the server; stays in the outbox with the reason shown. */
    record Rejected(String noteId, Problem problem) implements SyncOutcome {
    }

    /** The server said yes, but its receipt did not verify or did not cover this note. Stays queued. */
    record Unverified(String noteId, String reason) implements SyncOutcome {
    }

    /**
     * The server answered that it is out for now (503: e.g. its database is down); nothing was stored.
     * Stays queued and is sent again later.
     */
    record Unavailable(String noteId, String reason, java.time.Duration retryAfter) implements SyncOutcome {
    }

    /** No answer from the server. Stays queued. */
    record Unreachable(String noteId, String reason) implements SyncOutcome {
    }

    /**
     * The device could not get a token (revoked, or the server forgot it). Stays queued. {@code slug}
     * is the server's problem type, when it gave one.
     */
    record AuthRequired(String noteId, String reason, String slug) implements SyncOutcome {

        public AuthRequired(String noteId, String reason) {
            this(noteId, reason, null);
        }

        /** R15-lost-device: an administrator revoked this tablet; only a new enrolment gets it going again. */
        public boolean revoked() {
            return "device-revoked".equals(slug);
        }
    }
}
