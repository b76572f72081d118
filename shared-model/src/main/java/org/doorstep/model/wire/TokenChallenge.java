package org.doorstep.model.wire;

import java.nio.charset.StandardCharsets;

/** The bytes a device signs to prove it holds its key: bound to the device and to this purpose. */
public final class TokenChallenge {

    private TokenChallenge() {
    }

    public static byte[] message(String deviceId, String challenge) {
        return ("doorstep-token-v1|" + deviceId + "|" + challenge).getBytes(StandardCharsets.UTF_8);
    }
}
