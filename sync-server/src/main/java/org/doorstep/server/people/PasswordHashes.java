package org.doorstep.server.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every password hash the server stores is made here (R13-auth): bcrypt at the cost given by
 * {@value #COST}, 10 unless configured. Only the test profile lowers it, because the suite makes
 * hundreds of accounts and a cost-10 hash takes about 70 ms of a core each. Checking needs no cost:
 * bcrypt keeps it in the hash ({@code $2a$10$...}), so a hash made at one cost still verifies after
 * the setting changes, and security-jpa reads it the same way at sign-in.
 */
public final class PasswordHashes {

    public static final String COST = "doorstep.password.bcrypt-cost";
    public static final int DEFAULT_COST = 10;

    private PasswordHashes() {
    }

    /** A new bcrypt hash of {@code password} at the configured cost, with a fresh salt. */
    public static String hash(String password) {
        return hash(password, cost(ConfigProvider.getConfig()));
    }

    static String hash(String password, int cost) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Whether {@code password} is the one {@code hash} was made from, whatever cost it was made at. */
    public static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** The cost {@code config} gives; bcrypt takes 4 to 31, and a cost outside that is refused with the setting's name. */
    static int cost(Config config) {
        int cost = config.getOptionalValue(COST, Integer.class).orElse(DEFAULT_COST);
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException(COST + " must be between 4 and 31, not " + cost);
        }
        return cost;
    }
}
