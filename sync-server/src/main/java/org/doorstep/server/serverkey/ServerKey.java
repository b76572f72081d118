package org.doorstep.server.serverkey;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The server's Ed25519 key, which signs receipts and chain heads: one key for the service, however
 * many instances run (issue 16). Given by config ({@code doorstep.server-key}, or the file
 * {@code doorstep.server-key-file} when it exists) or, with none, the one the database holds
 * ({@link ServiceKeyClaim}). Loaded at start-up, so an instance given a key other than the service's
 * refuses to start instead of signing with it.
 */
@Startup
@Singleton
public class ServerKey {

    private static final Logger LOG = Logger.getLogger(ServerKey.class);

    private final SigningKey key;

    ServerKey(ServiceKeyClaim claim, @ConfigProperty(name = "doorstep.server-key") Optional<String> value,
              @ConfigProperty(name = "doorstep.server-key-file") Optional<Path> file) {
        Optional<SigningKey> configured = ConfiguredKey.of(value, file);
        this.key = claim.claim(configured);
        if (configured.isPresent()) {
            LOG.infof("Signing receipts with the service's key %s, given by config", key.verifyingKey().keyId());
        } else {
            // Said at every start: the evidence against a rewritten database rests on the key being elsewhere.
            LOG.warnf("Signing receipts with the service's key %s, kept in the database: whoever can read the database "
                    + "or a backup of it can sign receipts. Give it by config (doorstep.server-key) in production; "
                    + "see docs/security.md.", key.verifyingKey().keyId());
        }
    }

    public SigningKey signingKey() {
        return key;
    }

    public VerifyingKey verifyingKey() {
        return key.verifyingKey();
    }
}
