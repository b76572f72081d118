package org.doorstep.server.enrolment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doorstep.model.signing.VerifyingKey;

/**
 * Device public keys as parsed, keyed by their stored text. Parsing an Ed25519 key decodes a curve
 * point (a square root in the field), which the ingest profile showed on every note (issue 14). The
 * text is the key, so a rotated key is a new entry and nothing here can vouch for a revoked device:
 * whether a device may sign is read from its row on every note.
 */
final class ParsedDeviceKeys {

    /** More devices than any council enrols; past it the memo starts again rather than grow. */
    static final int LIMIT = 20_000;
    private static final Map<String, VerifyingKey> PARSED = new ConcurrentHashMap<>();

    private ParsedDeviceKeys() {
    }

    static VerifyingKey of(String text) {
        if (text == null) {
            return VerifyingKey.fromBase64(null);
        }
        VerifyingKey known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        VerifyingKey parsed = VerifyingKey.fromBase64(text);
        if (PARSED.size() >= LIMIT) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }
}
