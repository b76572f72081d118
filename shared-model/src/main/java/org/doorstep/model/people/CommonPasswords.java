package org.doorstep.model.people;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Passwords that are refused because attackers try them first (R13-accounts): a list of common and
 * breached passwords, compared without regard to case ("Password123456" is as weak as its lower
 * case). Where the list comes from is the caller's business; the server ships one as a resource.
 */
public final class CommonPasswords {

    public static final CommonPasswords NONE = new CommonPasswords(Set.of());

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** One password a line; blank lines and lines starting with {@code #} (a licence header) are skipped. */
    public static CommonPasswords of(Stream<String> lines) {
        Set<String> set = new HashSet<>();
        lines.filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> set.add(normal(l)));
        return new CommonPasswords(Set.copyOf(set));
    }

    public boolean contains(String password) {
        return password != null && passwords.contains(normal(password));
    }

    public int size() {
        return passwords.size();
    }

    private static String normal(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }
}
