package org.doorstep.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The running server hashes at its configured cost (4 in tests), and security-jpa's sign-in reads the
 * cost from each stored hash, so an account whose hash was made at cost 10 signs in all the same.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PasswordCostSignInTest {

    @Inject
    TestWorld world;

    private static String hashOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Staff.named(username).passwordHash);
    }

    @Test
    @DisplayName("R13-auth: accounts made by the test server carry cost 4; a cost-10 hash, as production stores it, "
            + "signs in, and a wrong password against it does not")
    void signInReadsTheCostFromTheHash() {
        String fast = world.staff(Staff.SUPERVISOR);
        assertTrue(hashOf(fast).startsWith("$2a$04$"), hashOf(fast));
        assertTrue(WebSession.signedIn(WebSession.signInResponse(fast, TestWorld.PASSWORD)));

        String slow = world.staff(Staff.SUPERVISOR);
        QuarkusTransaction.requiringNew().run(() -> Staff.named(slow).passwordHash = PasswordHashes.hash(TestWorld.PASSWORD, 10));
        assertEquals("$2a$10$", hashOf(slow).substring(0, 7));
        assertTrue(WebSession.signedIn(WebSession.signInResponse(slow, TestWorld.PASSWORD)));
        assertFalse(WebSession.signedIn(WebSession.signInResponse(slow, TestWorld.PASSWORD + "x")));
    }
}
