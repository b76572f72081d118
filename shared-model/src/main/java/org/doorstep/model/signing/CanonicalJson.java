package org.doorstep.model.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.doorstep.model.json.Json;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 (JSON Canonicalization Scheme) bytes: the exact bytes a signature covers. Both sides
 * canonicalize the JSON tree of the note, so key order, whitespace and number spelling on the wire
 * cannot change what was signed.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] of(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not canonicalizable JSON: " + e.getMessage(), e);
        }
    }

    public static byte[] of(JsonNode tree) {
        return of(tree.toString());
    }

    public static byte[] ofValue(Object value) {
        return of(Json.write(value));
    }

    public static String asString(byte[] canonical) {
        return new String(canonical, StandardCharsets.UTF_8);
    }
}
