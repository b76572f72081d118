package org.doorstep.model.guessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    @DisplayName("R13-accounts: four wrong passwords leave one try; the fifth locks the account for 15 minutes from it")
    void fifthLocks() {
        List<Instant> four = List.of(T, T.plusSeconds(10), T.plusSeconds(20), T.plusSeconds(30));
        assertTrue(LockoutPolicy.ACCOUNT.lockUntil(four).isEmpty());
        assertEquals(1, LockoutPolicy.ACCOUNT.left(four.size()));
        List<Instant> five = List.of(T, T.plusSeconds(10), T.plusSeconds(20), T.plusSeconds(30), T.plusSeconds(40));
        assertEquals(T.plusSeconds(40).plusSeconds(15 * 60), LockoutPolicy.ACCOUNT.lockUntil(five).orElseThrow());
    }

    @Test
    @DisplayName("R13-accounts: failures older than the window, or before the last lock or right password, no longer count")
    void countFrom() {
        Instant now = T.plusSeconds(3600);
        assertEquals(now.minusSeconds(15 * 60), LockoutPolicy.ACCOUNT.countFrom(now, null));
        assertEquals(now.minusSeconds(15 * 60), LockoutPolicy.ACCOUNT.countFrom(now, T));
        assertEquals(now.minusSeconds(60), LockoutPolicy.ACCOUNT.countFrom(now, now.minusSeconds(60)));
    }

    @Test
    @DisplayName("R13-accounts: one address gets more tries than one account (an office shares an address)")
    void addressAllowsMore() {
        assertTrue(LockoutPolicy.ADDRESS.failures() > LockoutPolicy.ACCOUNT.failures());
        assertFalse(LockoutPolicy.ADDRESS.lockUntil(List.of(T, T, T, T, T)).isPresent());
    }

    @Test
    @DisplayName("R13-at-rest: ten wrong PINs wipe the tablet; the last three tries say unsynced visits would be lost")
    void pinTries() {
        PinTries p = PinTries.STANDARD;
        assertEquals("That PIN is not right. Try again.", p.message(6));
        assertTrue(p.message(7).contains("3 tries are left"), p.message(7));
        assertTrue(p.message(7).contains("visits that have not synced yet would be lost"), p.message(7));
        assertTrue(p.message(9).contains("1 try is left"), p.message(9));
        assertFalse(p.exhausted(9));
        assertTrue(p.exhausted(10));
        assertTrue(p.message(10).contains("deleted"));
    }
}
