package org.doorstep.model.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private final PasswordRule rule = new PasswordRule(
            CommonPasswords.of(Stream.of("# licence header", "", "qwertyuiop123", "Iloveyou1234")));

    @Test
    @DisplayName("R13-accounts: a password of 12 characters or more, of any kind, is accepted")
    void longPasswordAccepted() {
        assertEquals(Optional.empty(), rule.problem("river otter lamp", "amara.okafor"));
        assertEquals(Optional.empty(), rule.problem("abcdefghijkl", "amara.okafor"));
    }

    @Test
    @DisplayName("R13-accounts: 11 characters are too few, counted as characters not bytes")
    void tooShort() {
        assertTrue(rule.problem("abcdefghijk", "amara.okafor").orElseThrow().startsWith("Password must be at least 12"));
        assertTrue(rule.problem("", "amara.okafor").orElseThrow().equals("Enter a password"));
        assertEquals(Optional.empty(), rule.problem("ééééééééééé1", "amara.okafor"), "12 accented letters are 12 characters");
    }

    @Test
    @DisplayName("R13-accounts: a password on the common or breached list is refused, whatever its case")
    void onTheList() {
        assertTrue(rule.problem("QWERTYUIOP123", "amara.okafor").orElseThrow().contains("common or breached"));
        assertTrue(rule.problem("iloveyou1234", "amara.okafor").orElseThrow().contains("common or breached"));
        assertEquals(2, CommonPasswords.of(Stream.of("# licence header", "", "qwertyuiop123", "Iloveyou1234")).size(),
                "the header and blank lines are not passwords");
    }

    @Test
    @DisplayName("R13-accounts: a password that bcrypt would cut, or that contains the username, is refused")
    void tooLongOrUsername() {
        assertTrue(rule.problem("a".repeat(73), "amara.okafor").orElseThrow().contains("72 characters or fewer"));
        assertTrue(rule.problem("amara.okafor-2026!", "amara.okafor").orElseThrow().contains("username"));
    }

    @Test
    @DisplayName("R13-accounts: only an admin looks after every team; a manager their own team's non-admins")
    void whoLooksAfterWhom() {
        assertTrue(AccountRules.mayLookAfter("admin", null, "manager", "North"));
        assertTrue(AccountRules.mayLookAfter("manager", "North", "practitioner", "North"));
        assertTrue(!AccountRules.mayLookAfter("manager", "North", "practitioner", "South"));
        assertTrue(!AccountRules.mayLookAfter("manager", "North", "admin", null));
        assertTrue(!AccountRules.mayLookAfter("supervisor", "North", "practitioner", "North"));
        assertTrue(AccountRules.roleAndTeamProblem("admin", "North").isPresent());
        assertTrue(AccountRules.roleAndTeamProblem("practitioner", "").isPresent());
        assertTrue(AccountRules.usernameProblem("Amara Okafor").isPresent());
        assertEquals(Optional.empty(), AccountRules.usernameProblem("amara.okafor"));
    }
}
