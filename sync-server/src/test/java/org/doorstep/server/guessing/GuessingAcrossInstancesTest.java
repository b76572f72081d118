package org.doorstep.server.guessing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.model.guessing.LockoutPolicy;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.cluster.Leases;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R13-accounts with several server instances on one database (issue 16): the five-guess allowance of
 * an account is one for the service, not five per instance. Instance A is this server over HTTP (tablet
 * set-up); instance B is a second {@link GuardedPasswords} with memory of its own (its own
 * {@link AccountTurns}), checking passwords against the same database through the same providers.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class GuessingAcrossInstancesTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    TestWorld world;
    @Inject
    SignInGuard guard;
    @Inject
    Leases leases;
    @Inject
    @Any
    Instance<IdentityProvider<?>> providers;

    private final ExecutorService blocking = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        blocking.shutdownNow();
    }

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.16." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Instance A: tablet set-up over HTTP. */
    private static int enrolAtA(String username, String password) {
        return given().header("X-Forwarded-For", newAddress()).contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(username, password, "Tablet", SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments").getStatusCode();
    }

    /** Instance B: the same password check, with its own memory, as another server would run it. */
    private void signInAtB(GuardedPasswords instanceB, String username, String password) {
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(username,
                new PasswordCredential(password.toCharArray()));
        request.setAttribute(GuardedPasswords.ADDRESS, newAddress());
        request.setAttribute(GuardedPasswords.CHANNEL, SignInChannel.ENROLMENT);
        instanceB.authenticate(request, blockingContext()).await().atMost(Duration.ofSeconds(60));
    }

    /** Blocking steps on a worker thread with a request context, as Quarkus runs them. */
    private AuthenticationRequestContext blockingContext() {
        return work -> Uni.createFrom().item(() -> {
            ManagedContext requests = Arc.container().requestContext();
            requests.activate();
            try {
                return work.get();
            } finally {
                requests.terminate();
            }
        }).runSubscriptionOn(blocking);
    }

    @Test
    @DisplayName("R13-accounts (issue 16): twenty wrong passwords for one account sent at once, half to each of two instances, "
            + "get five password checks in all; the other fifteen are refused as locked, and so is the right one after")
    void allowanceHoldsAcrossInstances() throws Exception {
        String amara = world.staff(Staff.PRACTITIONER);
        GuardedPasswords instanceB = new GuardedPasswords(guard, new AccountTurns(leases, "instance-B"), providers);
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "guess-" + i;
                sent.add(pool.submit(() -> {
                    together.await();
                    assertEquals(401, enrolAtA(amara, guess + "-at-A"));
                    return null;
                }));
                sent.add(pool.submit(() -> {
                    together.await();
                    assertThrows(AuthenticationFailedException.class, () -> signInAtB(instanceB, amara, guess + "-at-B"));
                    return null;
                }));
            }
            together.countDown();
            for (Future<?> f : sent) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(LockoutPolicy.ACCOUNT.failures(), world.signInAttempts(amara, SignInAttempt.FAILED),
                "password checks counted as failures, across both instances");
        assertEquals(20 - LockoutPolicy.ACCOUNT.failures(), world.signInAttempts(amara, SignInAttempt.LOCKED),
                "tries refused by the lock without a password check");
        assertThrows(AuthenticationFailedException.class, () -> signInAtB(instanceB, amara, TestWorld.PASSWORD));
        assertEquals(401, enrolAtA(amara, TestWorld.PASSWORD));
    }

    @Test
    @DisplayName("R13-accounts (issue 16): while one instance checks a password for an account, another instance's check for "
            + "that account waits for it to finish, and a check for another account does not wait")
    void oneCheckAtATimePerAccountAcrossInstances() throws Exception {
        AccountTurns instanceA = new AccountTurns(leases, "instance-A");
        AccountTurns instanceB = new AccountTurns(leases, "instance-B");
        String account = SignInGuard.account(TestWorld.unique("Turns.Account"));
        String other = SignInGuard.account(TestWorld.unique("Turns.Other"));
        assertTrue(instanceA.take(account));
        Future<Long> waited = blocking.submit(() -> {
            long t0 = System.nanoTime();
            assertTrue(instanceB.take(account));
            long waitedMillis = (System.nanoTime() - t0) / 1_000_000;
            instanceB.give(account);
            return waitedMillis;
        });
        assertTrue(instanceB.take(other), "another account's check does not wait");
        instanceB.give(other);
        Thread.sleep(700);
        assertFalse(waited.isDone(), "instance B still waits while instance A holds the account's turn");
        instanceA.give(account);
        assertTrue(waited.get(30, TimeUnit.SECONDS) >= 700, "B went on only once A gave the turn back");
        assertEquals(0, instanceA.held() + instanceB.held(), "nothing kept in either instance's memory afterwards");
        assertNull(leases.holder("sign-in:" + account), "nor in the database");
    }
}
