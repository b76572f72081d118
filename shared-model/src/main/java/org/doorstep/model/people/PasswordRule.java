package org.doorstep.model.people;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable (R13-accounts), after the NCSC's password guidance: long rather
 * than complicated (at least 12 characters, any characters at all), and not one that attackers try
 * first, because it is on a list of common or breached passwords. No rules about digits or symbols
 * and no expiry: those make people write passwords down. The same rule is asked by every place a
 * password is set (a new account, a temporary password, a person changing their own).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes: a longer password would be cut without anyone knowing. */
    public static final int MAX_BYTES = 72;

    private final CommonPasswords common;

    public PasswordRule(CommonPasswords common) {
        this.common = common;
    }

    /** Why {@code password} may not be used by {@code username}; empty when it may. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters; three or four random words make a "
                    + "long password that is easy to remember");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Password must be " + MAX_BYTES + " characters or fewer (fewer with accented letters)");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the username");
        }
        if (common.contains(password)) {
            return Optional.of("This password is on a list of common or breached passwords that attackers try first; "
                    + "choose another");
        }
        return Optional.empty();
    }
}
