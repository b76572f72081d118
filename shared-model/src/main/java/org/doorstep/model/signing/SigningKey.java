package org.doorstep.model.signing;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 private key (raw 32-byte seed). The tablet's key never leaves the device; the
 * server's signs receipts. BouncyCastle rather than the JDK provider: it verifies several times
 * faster here (see CONVENTIONS.md).
 */
public final class SigningKey {

    private final Ed25519PrivateKeyParameters key;
    // Derived once: the server names its key in every receipt and chain head (issue 14 profile).
    private volatile VerifyingKey verifyingKey;

    private SigningKey(Ed25519PrivateKeyParameters key) {
        this.key = key;
    }

    public static SigningKey generate() {
        return new SigningKey(new Ed25519PrivateKeyParameters(new SecureRandom()));
    }

    public static SigningKey fromSeed(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 private key is 32 bytes, not " + seed.length);
        }
        return new SigningKey(new Ed25519PrivateKeyParameters(seed, 0));
    }

    public byte[] seed() {
        return key.getEncoded();
    }

    public VerifyingKey verifyingKey() {
        VerifyingKey derived = verifyingKey;
        if (derived == null) {
            derived = VerifyingKey.fromRaw(key.generatePublicKey().getEncoded());
            verifyingKey = derived;
        }
        return derived;
    }

    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public String signBase64(byte[] message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(message));
    }

    @Override
    public String toString() {
        return "SigningKey[" + verifyingKey().keyId() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && Arrays.equals(seed(), other.seed());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(seed());
    }
}
