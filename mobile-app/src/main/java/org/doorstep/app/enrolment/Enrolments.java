package org.doorstep.app.enrolment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;

import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.store.UnlockSecret;
import org.doorstep.app.store.UnlockTries;
import org.doorstep.model.guessing.PinTries;
import org.doorstep.app.store.StoreException;
import org.doorstep.app.store.WrongPinException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;

/** Enrols this tablet (new key pair, bound to the practitioner by the server) and unlocks it later. */
public final class Enrolments {

    private final Path storeDir;
    private final Clock clock;
    private final UnlockTries tries;

    public Enrolments(Path home, Clock clock) {
        this.storeDir = home.resolve("store");
        this.clock = clock;
        this.tries = new UnlockTries(storeDir, PinTries.STANDARD);
    }

    public boolean enrolled() {
        return EncryptedFileStore.exists(storeDir);
    }

    /** PIN or passphrase: what the unlock screen asks for. */
    public UnlockSecret.Kind secretKind() {
        return EncryptedFileStore.secretKind(storeDir);
    }

    /** Wrong PINs in a row so far, for the unlock screen's warning. */
    public int wrongSoFar() {
        return tries.wrongSoFar();
    }

    /**
     * Makes the device key, enrols it with the server, and keeps it in a new store locked by the PIN.
     * Throws {@link org.doorstep.app.sync.ApiException} (e.g. wrong password) or
     * {@link org.doorstep.app.sync.UnreachableException}; nothing is stored unless enrolment succeeds.
     */
    public Session enrol(URI server, String username, String password, String secret, UnlockSecret.Kind kind,
                         String deviceName) {
        SigningKey key = SigningKey.generate();
        ServerApi api = new ServerApi(server, clock);
        Enrolment e = api.enrol(new EnrolmentRequest(username.strip(), password, deviceName, key.verifyingKey().base64()));
        DeviceIdentity identity = new DeviceIdentity(api.baseUri().toString(), e.deviceId(), e.username(),
                e.displayName() == null ? e.username() : e.displayName(), e.serverPublicKey(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed()));
        EncryptedFileStore store = EncryptedFileStore.create(storeDir, secret.toCharArray(), kind);
        store.putJson(DeviceIdentity.NAME, identity);
        tries.reset();
        return new Session(store, identity, clock);
    }

    /**
     * Opens the store with the PIN or passphrase. Wrong ones are counted ({@link PinTries}): the one
     * that uses up the last try deletes the store, so a thief holding the tablet cannot try on;
     * only visits not yet synced are lost, which the unlock screen says before the last tries.
     */
    public Session unlock(String secret) throws WrongPinException {
        PinTries rule = tries.rule();
        int counted = tries.countOne();
        if (rule.exhausted(counted - 1)) {
            forget();
            throw new WrongPinException(rule.message(rule.limit()), true);
        }
        EncryptedFileStore store;
        try {
            store = EncryptedFileStore.open(storeDir, secret.toCharArray());
        } catch (WrongPinException e) {
            if (rule.exhausted(counted)) {
                forget();
                throw new WrongPinException(rule.message(counted), true);
            }
            throw new WrongPinException(rule.message(counted).replace("PIN", secretKind().word()), false);
        }
        tries.reset();
        DeviceIdentity identity = store.getJson(DeviceIdentity.NAME, DeviceIdentity.class)
                .orElseThrow(() -> new StoreException("This tablet's identity is missing; enrol again.", null));
        Session session = new Session(store, identity, clock);
        // Decrypted and parsed here, on the unlock's background thread, not by the caseload screen on the FX thread.
        session.caseload().load();
        return session;
    }

    /** Deletes everything the app keeps on this tablet; it is set up again from the start. */
    private void forget() {
        try {
            EncryptedFileStore.wipe(storeDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot delete this tablet's data", e);
        }
    }
}
