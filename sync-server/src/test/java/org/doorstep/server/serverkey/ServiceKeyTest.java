package org.doorstep.server.serverkey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.server.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, R1-signed: every instance of the service signs receipts with one key, so a receipt from any
 * of them verifies against the one public key the tablets hold. Each "instance" here is the claim made
 * at start-up, run against the one real database as a starting instance would, with its own config.
 * The row this server claimed at its own start is put back after each test.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ServiceKeyTest {

    @Inject
    ServiceKeyClaim claim;
    @Inject
    ServerKey serverKey;
    @Inject
    EntityManager em;

    private Object[] startedWith;

    @BeforeEach
    void emptyDatabase() {
        startedWith = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select id, key_id, public_key, seed, claimed_at, claimed_by from service_key").getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from service_key").executeUpdate());
    }

    @AfterEach
    void putBack() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from service_key").executeUpdate();
            var insert = em.createNativeQuery("insert into service_key (id, key_id, public_key, seed, claimed_at, claimed_by) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6)");
            for (int i = 0; i < startedWith.length; i++) {
                insert.setParameter(i + 1, startedWith[i]);
            }
            insert.executeUpdate();
        });
    }

    private Object[] row() {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select key_id, public_key, seed from service_key where id = 1").getSingleResult());
    }

    @Test
    @DisplayName("R1-signed (issue 16): the server publishes the key the database holds for the service; with no key "
            + "configured the database keeps its seed")
    void publishedKeyIsTheDatabases() {
        assertEquals(serverKey.verifyingKey().keyId(), startedWith[1]);
        given().get("/api/v1/server-key").then().statusCode(200)
                .body("keyId", org.hamcrest.Matchers.equalTo(startedWith[1]))
                .body("publicKey", org.hamcrest.Matchers.equalTo(startedWith[2]));
        assertNotNull(startedWith[3], "no key in config: the seed is kept in the database for the other instances");
    }

    @Test
    @DisplayName("R1-signed (issue 16): two instances with no key configured start at the same moment on an empty "
            + "database; both sign with one key, the one the database then holds")
    void twoFirstInstancesClaimOneKey() throws Exception {
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SigningKey>> started = List.of(
                    pool.submit(() -> {
                        together.await();
                        return claim.claim(Optional.empty());
                    }),
                    pool.submit(() -> {
                        together.await();
                        return claim.claim(Optional.empty());
                    }));
            together.countDown();
            SigningKey first = started.get(0).get(60, TimeUnit.SECONDS);
            SigningKey second = started.get(1).get(60, TimeUnit.SECONDS);
            assertEquals(first.verifyingKey(), second.verifyingKey(), "one key for both instances");
            assertEquals(first.verifyingKey().keyId(), row()[0]);
            byte[] message = "a receipt".getBytes();
            assertTrue(second.verifyingKey().verifies(message, first.sign(message)), "what one signs the other's key verifies");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(claim.claim(Optional.empty()).verifyingKey().keyId(), row()[0], "an instance started later signs with it too");
    }

    @Test
    @DisplayName("R1-signed (issue 16): a key given by config is claimed without its seed; an instance given the same key "
            + "starts, one given another key or none refuses to start and says which key the service has")
    void configuredKeyIsCheckedAgainstTheDatabase() {
        SigningKey given = SigningKey.generate();
        assertEquals(given, claim.claim(Optional.of(given)));
        Object[] row = row();
        assertEquals(given.verifyingKey().keyId(), row[0]);
        assertEquals(given.verifyingKey().base64(), row[1]);
        assertNull(row[2], "a key given by config stays out of the database");

        assertEquals(given, claim.claim(Optional.of(given)), "a second instance given the same key");

        SigningKey other = SigningKey.generate();
        IllegalStateException differs = assertThrows(IllegalStateException.class, () -> claim.claim(Optional.of(other)));
        assertTrue(differs.getMessage().contains(other.verifyingKey().keyId()), differs.getMessage());
        assertTrue(differs.getMessage().contains(given.verifyingKey().keyId()), differs.getMessage());
        assertTrue(differs.getMessage().contains("give every instance the same"), differs.getMessage());

        IllegalStateException none = assertThrows(IllegalStateException.class, () -> claim.claim(Optional.empty()));
        assertTrue(none.getMessage().contains("give this instance the same key"), none.getMessage());
        assertEquals(given.verifyingKey().keyId(), row()[0], "the service's key is unchanged by the refusals");
    }

    @Test
    @DisplayName("R1-signed (issue 16): the key file of a data directory made before the key moved to the database is "
            + "claimed for the service, so receipts issued before still verify against the published key")
    void existingKeyFileIsClaimed() throws Exception {
        Path dir = Files.createTempDirectory("doorstep-key-");
        Path file = dir.resolve("server-ed25519.key");
        SigningKey old = SigningKey.generate();
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(old.seed()) + "\n");
        try {
            Optional<SigningKey> configured = ConfiguredKey.of(Optional.empty(), Optional.of(file));
            assertEquals(Optional.of(old), configured);
            assertEquals(old, claim.claim(configured));
            assertEquals(old.verifyingKey().keyId(), row()[0]);
            assertNull(row()[2]);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    @DisplayName("Issue 16: doorstep.server-key takes the seed in base64url or padded base64; a missing key file is no key; "
            + "a value and a file that differ are refused")
    void configuredKeyForms() throws Exception {
        SigningKey key = SigningKey.generate();
        String plain = Base64.getEncoder().encodeToString(key.seed());
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed());
        Path missing = Path.of("no-such-dir", "server-ed25519.key");
        assertEquals(Optional.of(key), ConfiguredKey.of(Optional.of(plain), Optional.of(missing)));
        assertEquals(Optional.of(key), ConfiguredKey.of(Optional.of(url), Optional.empty()));
        assertEquals(Optional.empty(), ConfiguredKey.of(Optional.of(" "), Optional.of(missing)));
        assertThrows(IllegalStateException.class, () -> ConfiguredKey.of(Optional.of("c2hvcnQ"), Optional.empty()));
        Path file = Files.createTempFile("doorstep-key-", ".key");
        try {
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKey.generate().seed()));
            IllegalStateException both = assertThrows(IllegalStateException.class,
                    () -> ConfiguredKey.of(Optional.of(url), Optional.of(file)));
            assertTrue(both.getMessage().contains("hold different keys"), both.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
