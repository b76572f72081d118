package org.doorstep.app.proposals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorstep.app.store.SecureStore;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.UnreachableException;
import org.doorstep.model.wire.FactProposal;

/**
 * Proposals made on the tablet (a relationship on the genogram, R5.6-genogram) waiting for the
 * server, kept in the encrypted store under {@value #NAME}: made at the door with or without a
 * signal, sent at the next sync. One leaves only when the server holds it (201, or 200 for a resend);
 * one the server refuses stays with its reason, so nothing typed is lost. Safe from any thread.
 */
public final class ProposalOutbox {

    public static final String NAME = "proposals-outbox.json";

    /** A proposal waiting for the server, in words for the screen; {@code refused} is the server's reason once it refused it. */
    public record Waiting(String caseId, String described, FactProposal proposal, String refused) {
    }

    /** What one sync did: how many the server now holds, how many it refused, how many still wait for a signal. */
    public record Sent(int held, int refused, int waiting) {
    }

    /** The stored shape. */
    public record Saved(List<Waiting> waiting) {
    }

    private final SecureStore store;
    private final List<Waiting> waiting = new CopyOnWriteArrayList<>();

    public ProposalOutbox(SecureStore store) {
        this.store = store;
        store.getJson(NAME, Saved.class).ifPresent(s -> waiting.addAll(s.waiting()));
    }

    /** Queues a proposal the shared rules accepted; the same proposal id twice keeps the first. */
    public synchronized void add(String caseId, String described, FactProposal proposal) {
        if (waiting.stream().anyMatch(w -> w.proposal().proposalId().equals(proposal.proposalId()))) {
            return;
        }
        waiting.add(new Waiting(caseId, described, proposal, null));
        save();
    }

    /** Every proposal still on the tablet, oldest first. */
    public List<Waiting> pending() {
        return List.copyOf(waiting);
    }

    /** The proposals still on the tablet for one case, oldest first. */
    public List<Waiting> of(String caseId) {
        return waiting.stream().filter(w -> w.caseId().equals(caseId)).toList();
    }

    /**
     * Sends each proposal not yet refused, oldest first. Without a signal, with the server out of
     * service or the tablet's token refused, the rest wait for the next sync.
     */
    public synchronized Sent sendAll(ServerApi api) {
        int held = 0;
        int refused = 0;
        for (Waiting w : List.copyOf(waiting)) {
            if (w.refused() != null) {
                continue;
            }
            try {
                api.propose(w.caseId(), w.proposal());
                waiting.remove(w);
                held++;
            } catch (UnreachableException e) {
                break;
            } catch (ApiException e) {
                if (e.unavailable() || e.status() == 401 || e.status() == 403) {
                    break;
                }
                waiting.set(waiting.indexOf(w), new Waiting(w.caseId(), w.described(), w.proposal(),
                        e.problem() == null || e.problem().detail() == null ? "refused (" + e.status() + ")" : e.problem().detail()));
                refused++;
            }
            save();
        }
        return new Sent(held, refused, (int) waiting.stream().filter(w -> w.refused() == null).count());
    }

    private void save() {
        store.putJson(NAME, new Saved(List.copyOf(waiting)));
    }
}
