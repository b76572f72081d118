package org.doorstep.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.doorstep.server.ProfileConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bcrypt cost is a setting; only the test profile lowers it, and a hash at any cost still checks. */
class PasswordHashesTest {

    @Test
    @DisplayName("R13-auth: a production, demo, dev or bench server hashes passwords at bcrypt cost 10; only the tests use 4")
    void productionKeepsCostTen() {
        for (String profile : new String[] {"prod", "demo", "dev", "bench"}) {
            assertEquals(10, PasswordHashes.cost(ProfileConfig.of(profile)), profile);
        }
        assertEquals(4, PasswordHashes.cost(ProfileConfig.of("test")));
    }

    @Test
    @DisplayName("R13-auth: a hash is made at the configured cost and checks whatever cost it was made at")
    void hashCarriesItsCost() {
        String at10 = PasswordHashes.hash("correct horse battery", 10);
        String at4 = PasswordHashes.hash("correct horse battery", 4);
        assertTrue(at10.startsWith("$2a$10$"), at10);
        assertTrue(at4.startsWith("$2a$04$"), at4);
        assertTrue(PasswordHashes.matches("correct horse battery", at10));
        assertTrue(PasswordHashes.matches("correct horse battery", at4));
        assertFalse(PasswordHashes.matches("correct horse batter", at10));
        assertFalse(PasswordHashes.matches("correct horse batter", at4));
    }

    @Test
    @DisplayName("R13-auth: a cost bcrypt cannot use is refused, naming the setting")
    void impossibleCostRefused() {
        SmallRyeConfig tooLow = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(PasswordHashes.COST, "3"), "test", 300)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordHashes.cost(tooLow));
        assertTrue(e.getMessage().contains(PasswordHashes.COST), e.getMessage());
    }
}
