package org.doorstep.server.enrolment;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.guessing.LockoutPolicy;
import org.doorstep.server.cluster.ConflictRetry;
import org.doorstep.server.guessing.GuardedPasswords;
import org.doorstep.server.guessing.SignInChannel;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.serverkey.ServerKey;

/** Binds a tablet's public key to the practitioner who signs in with it, once. */
@ApplicationScoped
public class Enrolments {

    private final IdentityProviderManager identities;
    private final ServerKey serverKey;
    private final DeviceBindings bindings;

    /** The width of {@code devices.device_name}; longer names are refused rather than failing in the database. */
    static final int MAX_DEVICE_NAME = 200;

    Enrolments(IdentityProviderManager identities, ServerKey serverKey, DeviceBindings bindings) {
        this.identities = identities;
        this.serverKey = serverKey;
        this.bindings = bindings;
    }

    /**
     * Checks the request's shape first, before any password: what it answers then does not depend on
     * the password. After that every refusal (wrong password, unknown name, locked, not a
     * practitioner) is the same 401, so the API is no oracle for passwords or roles (R13-accounts).
     * A new device waits for its practitioner's supervisor or manager to approve it before it gets
     * the caseload, unless {@code doorstep.devices.approve-on-enrolment} is set (the demo only).
     */
    public Enrolment enrol(EnrolmentRequest request, String address) {
        if (request == null) {
            throw ProblemException.of("malformed-json", "Malformed JSON", 400, "The request body is empty.");
        }
        VerifyingKey key;
        try {
            key = VerifyingKey.fromBase64(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw ProblemException.of("invalid-public-key", "Invalid public key", 400,
                    "The public key must be a raw 32-byte Ed25519 key in unpadded base64url: " + e.getMessage());
        }
        if (request.deviceName() != null && request.deviceName().length() > MAX_DEVICE_NAME) {
            throw ProblemException.of("invalid-device-name", "Invalid device name", 400,
                    "The device name must be " + MAX_DEVICE_NAME + " characters or fewer.");
        }
        Staff staff = signIn(request.username(), request.password(), address);
        if (!staff.isPractitioner()) {
            throw invalidCredentials();
        }
        // Said only to whoever has the right password: a temporary one is changed in the browser first.
        if (staff.mustChangePassword) {
            throw ProblemException.of("password-change-required", "Password change required", 403,
                    "This is a temporary password: sign in to the workspace in a browser, choose your own password, "
                            + "then set up the tablet with it.");
        }
        Device device;
        try {
            device = bindings.bind(key, staff.username, request.deviceName());
        } catch (RuntimeException e) {
            if (!ConflictRetry.isDuplicate(e)) {
                throw e;
            }
            // The same tablet enrolled through another instance at the same moment: that one is kept.
            device = bindings.bind(key, staff.username, request.deviceName());
        }
        return new Enrolment(device.deviceId, staff.username, staff.displayName, serverKey.verifyingKey().base64());
    }

    private Staff signIn(String username, String password, String address) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            throw invalidCredentials();
        }
        UsernamePasswordAuthenticationRequest check = new UsernamePasswordAuthenticationRequest(username,
                new PasswordCredential(password.toCharArray()));
        check.setAttribute(GuardedPasswords.ADDRESS, address);
        check.setAttribute(GuardedPasswords.CHANNEL, SignInChannel.ENROLMENT);
        try {
            identities.authenticateBlocking(check);
        } catch (AuthenticationFailedException e) {
            throw invalidCredentials();
        }
        // Read in a transaction of its own: the binding that follows has another, run again on a conflict.
        Staff staff = QuarkusTransaction.requiringNew().call(() -> Staff.findById(username));
        // R13-accounts: a disabled account enrols nothing, answered like any failed sign-in.
        if (staff == null || staff.isDisabled()) {
            throw invalidCredentials();
        }
        return staff;
    }

    private static ProblemException invalidCredentials() {
        LockoutPolicy p = LockoutPolicy.ACCOUNT;
        return ProblemException.of("invalid-credentials", "Invalid credentials", 401,
                "The username or password is wrong, or this account cannot set up a tablet: only a practitioner's"
                        + " account can. After " + p.failures() + " wrong passwords sign-in pauses for "
                        + p.lock().toMinutes() + " minutes; your administrator can unlock it sooner.");
    }
}
