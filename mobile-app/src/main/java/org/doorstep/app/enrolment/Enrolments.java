package org.doorstep.app.enrolment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.store.StoreException;
import org.doorstep.app.store.WrongPinException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;

/** Enrols this tablet (new key pair, bound to the practitioner by the server) and unlocks it later. */
public final class Enrolments {

    public static final int MIN_PIN = 6;

    private final Path home;
    private final Path storeDir;
    private final Clock clock;

    public Enrolments(Path home, Clock clock) {
        this.home = home;
        this.storeDir = home.resolve("store");
        this.clock = clock;
    }

    /** Where a practitioner's own exports go (outside the encrypted store, made only when asked). */
    public Path exportsDir() {
        return home.resolve("exports");
    }

    public boolean enrolled() {
        return EncryptedFileStore.exists(storeDir);
    }

    /** A message when the PIN will not do, else empty. */
    public static Optional<String> pinProblem(String pin, String repeat) {
        if (pin == null || !pin.matches("\\d{" + MIN_PIN + ",}")) {
            return Optional.of("Choose a PIN of at least " + MIN_PIN + " digits.");
        }
        if (pin.chars().distinct().count() == 1 || "0123456789".contains(pin) || "9876543210".contains(pin)) {
            return Optional.of("That PIN is too easy to guess; avoid repeated or sequential digits.");
        }
        if (repeat != null && !pin.equals(repeat)) {
            return Optional.of("The two PINs are not the same.");
        }
        return Optional.empty();
    }

    /**
     * Makes the device key, enrols it with the server, and keeps it in a new store locked by the PIN.
     * Throws {@link org.doorstep.app.sync.ApiException} (e.g. wrong password) or
     * {@link org.doorstep.app.sync.UnreachableException}; nothing is stored unless enrolment succeeds.
     */
    public Session enrol(URI server, String username, String password, String pin, String deviceName) {
        SigningKey key = SigningKey.generate();
        ServerApi api = new ServerApi(server, clock);
        Enrolment e = api.enrol(new EnrolmentRequest(username.strip(), password, deviceName, key.verifyingKey().base64()));
        DeviceIdentity identity = new DeviceIdentity(api.baseUri().toString(), e.deviceId(), e.username(),
                e.displayName() == null ? e.username() : e.displayName(), e.serverPublicKey(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed()));
        EncryptedFileStore store = EncryptedFileStore.create(storeDir, pin.toCharArray());
        store.putJson(DeviceIdentity.NAME, identity);
        return new Session(store, identity, clock);
    }

    public Session unlock(String pin) throws WrongPinException {
        EncryptedFileStore store = EncryptedFileStore.open(storeDir, pin.toCharArray());
        DeviceIdentity identity = store.getJson(DeviceIdentity.NAME, DeviceIdentity.class)
                .orElseThrow(() -> new StoreException("This tablet's identity is missing; enrol again.", null));
        return new Session(store, identity, clock);
    }
}
