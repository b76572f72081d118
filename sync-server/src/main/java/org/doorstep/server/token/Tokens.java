package org.doorstep.server.token;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;
import org.doorstep.server.cluster.RetryOnConflict;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;

/**
 * Short-lived API tokens for enrolled devices: the device signs a one-time challenge with its key
 * and gets a token; a revoked device gets neither (R15-lost-device).
 */
@ApplicationScoped
public class Tokens {

    public static final Duration CHALLENGE_LIFE = Duration.ofMinutes(2);
    public static final Duration TOKEN_LIFE = Duration.ofMinutes(15);
    /** Open challenges one device may hold at once. */
    public static final int OPEN_CHALLENGES = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final KnownTokens known;

    Tokens(Clock clock, KnownTokens known) {
        this.clock = clock;
        this.known = known;
    }

    /**
     * A new one-time challenge. Challenges are bounded: expired ones (anyone's) go now, and a device
     * keeps at most {@value #OPEN_CHALLENGES} open ones, its oldest dropped first, so asking again and
     * again grows nothing; a tablet only ever needs the newest.
     */
    @Transactional
    @RetryOnConflict
    public Challenge challenge(ChallengeRequest request) {
        Device device = usableDevice(request == null ? null : request.deviceId());
        IssuedChallenge.delete("expiresAt <= ?1", clock.instant());
        List<IssuedChallenge> open = IssuedChallenge.list("deviceId = ?1 order by expiresAt desc", device.deviceId);
        open.stream().skip(OPEN_CHALLENGES - 1L).forEach(IssuedChallenge::delete);
        IssuedChallenge c = new IssuedChallenge();
        c.challenge = randomText();
        c.deviceId = device.deviceId;
        c.expiresAt = now().plus(CHALLENGE_LIFE);
        c.persist();
        return new Challenge(c.deviceId, c.challenge, c.expiresAt);
    }

    /** The challenge is consumed even when the exchange fails, so the refusal must not roll it back. */
    @Transactional(dontRollbackOn = ProblemException.class)
    @RetryOnConflict
    public AccessToken exchange(TokenRequest request) {
        if (request == null || request.challenge() == null || request.deviceId() == null) {
            throw invalidChallenge("The request must name the device, the challenge and its signature.");
        }
        IssuedChallenge c = IssuedChallenge.findById(request.challenge());
        if (c == null || !c.deviceId.equals(request.deviceId())) {
            throw invalidChallenge("This challenge is unknown or was already used; ask for a new one.");
        }
        // Single use whatever happens next; the delete count guards against a concurrent exchange.
        if (IssuedChallenge.delete("challenge", c.challenge) != 1) {
            throw invalidChallenge("This challenge was already used; ask for a new one.");
        }
        if (!c.expiresAt.isAfter(clock.instant())) {
            throw invalidChallenge("This challenge has expired; ask for a new one.");
        }
        Device device = usableDevice(c.deviceId);
        byte[] message = TokenChallenge.message(device.deviceId, c.challenge);
        if (!device.verifyingKey().verifiesBase64(message, request.signature())) {
            throw invalidChallenge("The signature over the challenge does not verify against this device's key.");
        }
        // The device's expired tokens go as it gets a new one, so the table holds about one live token
        // per tablet instead of one row for every quarter hour a tablet has ever synced.
        IssuedToken.delete("deviceId = ?1 and expiresAt <= ?2", device.deviceId, clock.instant());
        String token = randomText();
        IssuedToken t = new IssuedToken();
        t.tokenHash = hash(token);
        t.deviceId = device.deviceId;
        t.username = device.username;
        t.issuedAt = now();
        t.expiresAt = t.issuedAt.plus(TOKEN_LIFE);
        t.persist();
        return new AccessToken(token, t.expiresAt);
    }

    /**
     * The practitioner behind an {@code Authorization: Bearer} header, or a 401 {@code invalid-token}.
     * A token found good lately is taken from {@link KnownTokens} without reading the database.
     */
    public Practitioner practitioner(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw invalidToken("Send an API token as 'Authorization: Bearer <token>'.");
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty()) {
            throw invalidToken("The API token is unknown; get a new one with the device key.");
        }
        String tokenHash = hash(token);
        return known.practitioner(tokenHash, () -> QuarkusTransaction.joiningExisting().call(() -> lookUp(tokenHash)));
    }

    private KnownTokens.Found lookUp(String tokenHash) {
        IssuedToken t = IssuedToken.findById(tokenHash);
        if (t == null) {
            throw invalidToken("The API token is unknown; get a new one with the device key.");
        }
        if (!t.expiresAt.isAfter(clock.instant())) {
            throw invalidToken("The API token has expired; get a new one with the device key.");
        }
        Device device = Device.findById(t.deviceId);
        if (device == null || device.isRevoked()) {
            throw ProblemException.of("device-revoked", "Device revoked", 403,
                    "This tablet was revoked; it can no longer send notes. Contact your administrator.");
        }
        Staff staff = Staff.findById(t.username);
        if (staff == null || staff.isDisabled()) {
            throw accountDisabled();
        }
        if (!device.isApproved()) {
            throw notApproved(staff);
        }
        return new KnownTokens.Found(new Practitioner(t.username, staff.displayName, t.deviceId), t.expiresAt);
    }

    /**
     * Read with a shared lock (R15-lost-device): a revocation holds the row exclusively until it
     * commits, so a token is never issued to a device revoked while the request was in flight.
     */
    private Device usableDevice(String deviceId) {
        Device device = deviceId == null ? null : Device.findById(deviceId, LockModeType.PESSIMISTIC_READ);
        if (device == null) {
            throw ProblemException.of("unknown-device", "Unknown device", 404,
                    "No device is enrolled with id " + deviceId + "; enrol the tablet first.");
        }
        if (device.isRevoked()) {
            throw ProblemException.of("device-revoked", "Device revoked", 403,
                    "This tablet was revoked; it can no longer get tokens or send notes. Contact your administrator.");
        }
        Staff owner = Staff.findById(device.username);
        if (owner == null || owner.isDisabled()) {
            throw accountDisabled();
        }
        return device;
    }

    /** R13-accounts: a disabled account's tablets get no challenge, no token, and their tokens fail. */
    private static ProblemException accountDisabled() {
        return ProblemException.of("account-disabled", "Account disabled", 403,
                "The practitioner's account was disabled; this tablet can no longer sync. Contact your manager.");
    }

    /**
     * A new tablet is refused the caseload and everything else until its practitioner's supervisor
     * or manager approves it (R13-accounts): a password alone, perhaps a guessed or phished one,
     * must not download a caseload. The answer names who to ask, so the practitioner can ring them.
     */
    private static ProblemException notApproved(Staff practitioner) {
        List<String> approvers = practitioner == null || practitioner.team == null ? List.of()
                : Staff.<Staff>list("team = ?1 and role in ?2 order by role desc, displayName", practitioner.team,
                        List.of(Staff.SUPERVISOR, Staff.MANAGER)).stream()
                        .map(s -> s.displayName + " (" + s.role + ")").toList();
        String ask = approvers.isEmpty() ? "your supervisor or manager" : String.join(" or ", approvers);
        return ProblemException.of("device-not-approved", "Tablet waiting for approval", 403,
                "This tablet is set up but waits for approval before it receives your caseload. Ask " + ask
                        + " to approve it under Tablets in the Doorstep workspace, then refresh or sync the tablet.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return ContentHash.of(token.getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException invalidChallenge(String detail) {
        return ProblemException.of("invalid-challenge", "Invalid challenge", 401, detail);
    }

    private static ProblemException invalidToken(String detail) {
        return ProblemException.of("invalid-token", "Invalid token", 401, detail);
    }
}
