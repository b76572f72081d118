package org.doorstep.server.token;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.TokenRequest;

/** POST /api/v1/tokens/challenges and POST /api/v1/tokens. */
@Path("/api/v1/tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final Tokens tokens;

    TokenResource(Tokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @Path("/challenges")
    public Challenge challenge(ChallengeRequest request) {
        return tokens.challenge(request);
    }

    @POST
    public AccessToken token(TokenRequest request) {
        return tokens.exchange(request);
    }
}
