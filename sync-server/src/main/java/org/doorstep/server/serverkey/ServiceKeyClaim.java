package org.doorstep.server.serverkey;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.server.cluster.ConflictRetry;
import org.doorstep.server.cluster.ThisInstance;

/**
 * One server key for the whole service (issue 16), kept in {@code service_key} (V77): the first
 * instance to start claims the row with its configured key, or a new one when none is configured,
 * and every instance after signs with the key the row names. Receipts and chain heads must verify
 * against one public key, so an instance given another key refuses to start rather than sign with it.
 */
@ApplicationScoped
class ServiceKeyClaim {

    /** The key the row holds: its public half always, its seed only when no config gave it. */
    private record Claimed(VerifyingKey publicKey, String seed, String claimedBy) {
    }

    private final AgroalDataSource database;
    private final ConflictRetry conflicts;
    private final String instance;

    ServiceKeyClaim(AgroalDataSource database, ConflictRetry conflicts, ThisInstance instance) {
        this.database = database;
        this.conflicts = conflicts;
        this.instance = instance.name();
    }

    /** The service's key, claimed for it now if no instance has yet; refuses a configured key that differs. */
    SigningKey claim(Optional<SigningKey> configured) {
        // Two first instances at once: one insert wins (on Galera the other fails certification and is run again).
        Claimed claimed = conflicts.call(() -> read().orElseGet(() -> {
            SigningKey offered = configured.orElseGet(SigningKey::generate);
            insertIfAbsent(offered, configured.isPresent() ? null : ConfiguredKey.encode(offered));
            return read().orElseThrow(() -> new IllegalStateException("The service key row vanished as it was claimed"));
        }));
        if (configured.isPresent()) {
            VerifyingKey mine = configured.get().verifyingKey();
            if (!mine.equals(claimed.publicKey())) {
                throw new IllegalStateException("This instance was given the server key " + mine.keyId()
                        + " but the database already holds the service's key " + claimed.publicKey().keyId()
                        + " (claimed by " + claimed.claimedBy() + "). Receipts must verify against one key: give every instance "
                        + "the same doorstep.server-key or doorstep.server-key-file, or none to use the database's.");
            }
            return configured.get();
        }
        if (claimed.seed() == null) {
            throw new IllegalStateException("The service's server key " + claimed.publicKey().keyId() + " was given to the instance "
                    + "that claimed it (" + claimed.claimedBy() + ") by config and is not kept in the database: give this instance "
                    + "the same key (doorstep.server-key or doorstep.server-key-file).");
        }
        SigningKey key = ConfiguredKey.decode(claimed.seed(), "the database (service_key)");
        if (!key.verifyingKey().equals(claimed.publicKey())) {
            throw new IllegalStateException("The database's service_key row is inconsistent: its seed is not the key "
                    + claimed.publicKey().keyId() + ". It was changed behind the application's back; restore it from a backup.");
        }
        return key;
    }

    private Optional<Claimed> read() {
        try (Connection c = database.getConnection();
             PreparedStatement read = c.prepareStatement("select public_key, seed, claimed_by from service_key where id = 1");
             ResultSet r = read.executeQuery()) {
            return r.next() ? Optional.of(new Claimed(VerifyingKey.fromBase64(r.getString(1)), r.getString(2), r.getString(3)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the service's server key", e);
        }
    }

    private void insertIfAbsent(SigningKey key, String seed) {
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert ignore into service_key "
                     + "(id, key_id, public_key, seed, claimed_at, claimed_by) values (1, ?, ?, ?, now(6), ?)")) {
            insert.setString(1, key.verifyingKey().keyId());
            insert.setString(2, key.verifyingKey().base64());
            insert.setString(3, seed);
            insert.setString(4, instance);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the service's server key", e);
        }
    }
}
