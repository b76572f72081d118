package org.doorstep.server;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The server's application.properties as a server on {@code profile} reads it, without starting one. */
public final class ProfileConfig {

    private ProfileConfig() {
    }

    public static SmallRyeConfig of(String profile) {
        try {
            return new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(ProfileConfig.class.getResource("/application.properties"), 250))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
