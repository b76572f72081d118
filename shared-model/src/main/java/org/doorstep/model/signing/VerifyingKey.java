package org.doorstep.model.signing;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** An Ed25519 public key, carried on the wire as the raw 32 bytes in unpadded base64url. */
public final class VerifyingKey {

    private final Ed25519PublicKeyParameters key;
    private volatile String keyId;

    private VerifyingKey(Ed25519PublicKeyParameters key) {
        this.key = key;
    }

    public static VerifyingKey fromRaw(byte[] raw) {
        if (raw == null || raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 public key is 32 bytes");
        }
        return new VerifyingKey(new Ed25519PublicKeyParameters(raw, 0));
    }

    /** Reads a key from unpadded base64url (padded and standard base64 are accepted too). */
    public static VerifyingKey fromBase64(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The public key is missing");
        }
        return fromRaw(Signatures.decode(text, "public key"));
    }

    public byte[] raw() {
        return key.getEncoded();
    }

    public String base64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw());
    }

    /** A short, stable name for the key: the first 16 hex digits of the SHA-256 of its raw bytes. */
    public String keyId() {
        String id = keyId;
        if (id == null) {
            id = ContentHash.of(raw()).substring(0, 16);
            keyId = id;
        }
        return id;
    }

    public boolean verifies(byte[] message, byte[] signature) {
        if (signature == null || signature.length != 64) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public boolean verifiesBase64(byte[] message, String signature) {
        try {
            return verifies(message, Signatures.decode(signature, "signature"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyingKey other && Arrays.equals(raw(), other.raw());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw());
    }

    @Override
    public String toString() {
        return "VerifyingKey[" + keyId() + "]";
    }
}
