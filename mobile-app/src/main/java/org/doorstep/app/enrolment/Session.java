package org.doorstep.app.enrolment;

import java.net.URI;
import java.time.Clock;
import java.util.Base64;

import org.doorstep.app.caseload.CaseloadCache;
import org.doorstep.app.outbox.Backoff;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.outbox.OutboxWorker;
import org.doorstep.app.store.SecureStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.visit.DraftStore;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;

/** An unlocked device: its store, identity and the services built on them. Plain Java. */
public final class Session {

    private final SecureStore store;
    private final DeviceIdentity identity;
    private final Clock clock;
    private final SigningKey signingKey;
    private final VerifyingKey serverKey;
    private final ServerApi api;
    private final Outbox outbox;
    private final OutboxWorker worker;
    private final org.doorstep.app.media.VisitFiles files;
    private final CaseloadCache caseload;
    private final DraftStore drafts;
    private final org.doorstep.app.contacts.ContactOutbox contacts;
    private final org.doorstep.app.proposals.ProposalOutbox proposals;
    private final Backoff backoff = Backoff.forTablet();

    public Session(SecureStore store, DeviceIdentity identity, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.clock = clock;
        this.signingKey = SigningKey.fromSeed(Base64.getUrlDecoder().decode(identity.deviceKeySeed()));
        this.serverKey = VerifyingKey.fromBase64(identity.serverPublicKey());
        this.api = new ServerApi(URI.create(identity.serverUri()), identity.deviceId(), signingKey, clock);
        this.outbox = new Outbox(store);
        this.files = new org.doorstep.app.media.VisitFiles(store);
        this.worker = new OutboxWorker(outbox, api, serverKey, clock, files);
        this.caseload = new CaseloadCache(store);
        this.drafts = new DraftStore(store);
        this.contacts = new org.doorstep.app.contacts.ContactOutbox(store);
        this.proposals = new org.doorstep.app.proposals.ProposalOutbox(store);
    }

    /** Proposals made on the tablet (relationships, R5.6-genogram), waiting for the next sync. */
    public org.doorstep.app.proposals.ProposalOutbox proposals() {
        return proposals;
    }

    /** Contacts recorded with no signal, waiting for the next sync (R5.3-contacts). */
    public org.doorstep.app.contacts.ContactOutbox contacts() {
        return contacts;
    }

    public SecureStore store() {
        return store;
    }

    public DeviceIdentity identity() {
        return identity;
    }

    public Clock clock() {
        return clock;
    }

    public SigningKey signingKey() {
        return signingKey;
    }

    public VerifyingKey serverKey() {
        return serverKey;
    }

    public ServerApi api() {
        return api;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** R1-media: the visits' documents and photos, encrypted in the store until the server has them. */
    public org.doorstep.app.media.VisitFiles files() {
        return files;
    }

    public OutboxWorker worker() {
        return worker;
    }

    public CaseloadCache caseload() {
        return caseload;
    }

    /** When to sync again by itself after an outage or lost signal; one per unlocked tablet. */
    public Backoff backoff() {
        return backoff;
    }

    public DraftStore drafts() {
        return drafts;
    }
}
