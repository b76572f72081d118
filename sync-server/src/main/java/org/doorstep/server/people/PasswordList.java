package org.doorstep.server.people;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.doorstep.model.people.CommonPasswords;
import org.doorstep.model.people.PasswordRule;

/**
 * The password rule with the list of common and breached passwords this server ships
 * ({@code people/common-passwords.txt}; where it comes from and its licence are in its header).
 */
public class PasswordList {

    static final String RESOURCE = "people/common-passwords.txt";

    @Produces
    @Singleton
    PasswordRule rule() {
        try (InputStream in = PasswordList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + RESOURCE + " is missing from the server");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new PasswordRule(CommonPasswords.of(r.lines()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
