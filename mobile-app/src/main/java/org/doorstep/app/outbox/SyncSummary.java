package org.doorstep.app.outbox;

import java.util.List;

import org.doorstep.app.sync.SyncOutcome;

/** What one sync did, in one sentence for the practitioner on the visits screen. Plain Java. */
public final class SyncSummary {

    private SyncSummary() {
    }

    /** The words for a server that answered it is out of service (503). */
    public static final String UNAVAILABLE = "The server is unavailable. Your visits are safe on this tablet and will be sent later.";

    public static String of(List<SyncOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "Nothing to send.";
        }
        long synced = outcomes.stream().filter(o -> o instanceof SyncOutcome.Accepted || o instanceof SyncOutcome.Duplicate).count();
        long refused = outcomes.stream().filter(o -> o instanceof SyncOutcome.Rejected).count();
        var unreachable = outcomes.stream().filter(o -> o instanceof SyncOutcome.Unreachable).findFirst();
        boolean unavailable = outcomes.stream().anyMatch(o -> o instanceof SyncOutcome.Unavailable);
        var auth = outcomes.stream().filter(o -> o instanceof SyncOutcome.AuthRequired)
                .map(o -> (SyncOutcome.AuthRequired) o).findFirst();
        String sent = synced == 0 ? "" : synced + " synced. ";
        // The practitioner needs to know whose side the trouble is on and that nothing is lost; an outage
        // is not a reason to enrol again or to call anyone.
        if (unavailable) {
            return sent + UNAVAILABLE;
        }
        if (unreachable.isPresent()) {
            return sent + "No connection to the server. Your visits are safe on this tablet and will be sent when "
                    + "there is a connection. (" + ((SyncOutcome.Unreachable) unreachable.get()).reason() + ")";
        }
        if (auth.isPresent() && auth.get().revoked()) {
            return revoked(outcomes.size());
        }
        if (auth.isPresent()) {
            return "The server did not accept this tablet: " + auth.get().reason()
                    + " Your visits stay queued; ask your administrator.";
        }
        long other = outcomes.size() - synced - refused;
        return synced + " synced" + (refused > 0 ? ", " + refused + " refused" : "")
                + (other > 0 ? ", " + other + " still queued" : "") + ".";
    }

    /**
     * R15-lost-device: the server's words are for a machine; the practitioner needs to know that
     * their work is safe, that trying again will not help, and whom to ask.
     */
    public static String revoked(int waiting) {
        String kept = switch (waiting) {
            case 0 -> "No visits are waiting to be sent.";
            case 1 -> "Your visit that has not synced stays on this tablet, encrypted; nothing was deleted.";
            default -> "Your " + waiting + " visits that have not synced stay on this tablet, encrypted; nothing was deleted.";
        };
        return "This tablet has been revoked, so it can no longer send visits to the case record. This happens when "
                + "a tablet is reported lost or stolen. " + kept + " Contact your administrator.";
    }

    /** What became of the contacts kept with no signal, after the notes' summary; empty when there were none. */
    public static String contacts(org.doorstep.app.contacts.ContactOutbox.Sent c) {
        StringBuilder b = new StringBuilder();
        if (c.stored() > 0) {
            b.append(' ').append(c.stored()).append(c.stored() == 1 ? " contact sent." : " contacts sent.");
        }
        if (c.refused() > 0) {
            b.append(' ').append(c.refused()).append(c.refused() == 1 ? " contact was refused" : " contacts were refused")
                    .append(" by the server and kept on this tablet.");
        }
        if (c.waiting() > 0) {
            b.append(' ').append(c.waiting()).append(c.waiting() == 1 ? " contact waits" : " contacts wait")
                    .append(" on this tablet for a signal.");
        }
        return b.toString();
    }

    /** What became of the proposals made on the tablet (R5.6-genogram), after the contacts; empty when there were none. */
    public static String proposals(org.doorstep.app.proposals.ProposalOutbox.Sent p) {
        StringBuilder b = new StringBuilder();
        if (p.held() > 0) {
            b.append(' ').append(p.held()).append(p.held() == 1 ? " proposal sent to your supervisor." : " proposals sent to your supervisor.");
        }
        if (p.refused() > 0) {
            b.append(' ').append(p.refused()).append(p.refused() == 1 ? " proposal was refused" : " proposals were refused")
                    .append(" by the server and kept on this tablet; the case record says why.");
        }
        if (p.waiting() > 0) {
            b.append(' ').append(p.waiting()).append(p.waiting() == 1 ? " proposal waits" : " proposals wait")
                    .append(" on this tablet for a signal.");
        }
        return b.toString();
    }
}
