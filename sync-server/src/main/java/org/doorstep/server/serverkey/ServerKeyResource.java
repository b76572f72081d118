package org.doorstep.server.serverkey;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/server-key: the key receipts verify against. No sign-in needed. */
@Path("/api/v1/server-key")
public class ServerKeyResource {

    public record PublishedKey(String keyId, String publicKey) {
    }

    private final ServerKey serverKey;

    ServerKeyResource(ServerKey serverKey) {
        this.serverKey = serverKey;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PublishedKey get() {
        return new PublishedKey(serverKey.verifyingKey().keyId(), serverKey.verifyingKey().base64());
    }
}
