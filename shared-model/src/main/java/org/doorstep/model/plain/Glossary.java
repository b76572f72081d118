package org.doorstep.model.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Professional terms and acronyms with plainer words to suggest (R10-plain), and the acronyms that
 * are plain already (GP, NHS, TV ...).
 *
 * <p>The text form, one entry a line, {@code #} for comments:
 * <pre>
 * LAC = child in care (looked-after child)
 * presenting as = seemed (say what you saw or heard)
 * plain: GP, NHS, TV
 * </pre>
 * An acronym (a capital letter, then 1 to 5 capitals or digits) is kept as written and matches
 * only in capitals; any other term matches in any case. An organisation extends the shipped
 * glossary with {@link #merge(Glossary)}; for the same term the later entry wins.
 */
public final class Glossary {

    static final String DEFAULT_RESOURCE = "glossary.txt";
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    private final Map<String, String> terms;
    private final Set<String> plainAcronyms;

    private Glossary(Map<String, String> terms, Set<String> plainAcronyms) {
        this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        this.plainAcronyms = Collections.unmodifiableSet(new LinkedHashSet<>(plainAcronyms));
    }

    /** The glossary shipped with the model. */
    public static Glossary defaults() {
        return Holder.DEFAULT;
    }

    /** A glossary from terms (term to suggestion) and acronyms that need no explaining. */
    public static Glossary of(Map<String, String> terms, Set<String> plainAcronyms) {
        Map<String, String> keyed = new LinkedHashMap<>();
        terms.forEach((term, suggestion) -> put(keyed, term, suggestion, term));
        return new Glossary(keyed, plainAcronyms);
    }

    /** Reads the text form; a line that is neither a comment, an entry nor a plain list is refused with its number. */
    public static Glossary parse(String text) {
        Map<String, String> terms = new LinkedHashMap<>();
        Set<String> plain = new LinkedHashSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.regionMatches(true, 0, "plain:", 0, 6)) {
                for (String a : line.substring(6).split("[,\\s]+")) {
                    if (!a.isBlank()) {
                        plain.add(a.strip());
                    }
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Glossary line " + (i + 1) + " needs the form 'term = plain words': " + line);
            }
            put(terms, line.substring(0, eq), line.substring(eq + 1), "line " + (i + 1));
        }
        return new Glossary(terms, plain);
    }

    /** Reads the text form from UTF-8 bytes. */
    public static Glossary parse(InputStream utf8) {
        try {
            return parse(new String(utf8.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The glossary could not be read: " + e.getMessage(), e);
        }
    }

    /** This glossary extended by {@code later}: its terms are added, and replace ours where both have one. */
    public Glossary merge(Glossary later) {
        Map<String, String> merged = new LinkedHashMap<>(terms);
        merged.putAll(later.terms);
        Set<String> plain = new LinkedHashSet<>(plainAcronyms);
        plain.addAll(later.plainAcronyms);
        return new Glossary(merged, plain);
    }

    /** Term to suggestion, acronyms as written and other terms in lower case, in the order given. */
    public Map<String, String> terms() {
        return terms;
    }

    public Set<String> plainAcronyms() {
        return plainAcronyms;
    }

    /** The suggestion for a term as it appears in text, if the glossary has one. */
    public Optional<String> suggestion(String term) {
        return Optional.ofNullable(terms.get(key(term.strip())));
    }

    public boolean isPlain(String acronym) {
        return plainAcronyms.contains(acronym);
    }

    static boolean isAcronym(String term) {
        return ACRONYM.matcher(term).matches();
    }

    private static String key(String term) {
        return isAcronym(term) ? term : term.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void put(Map<String, String> terms, String term, String suggestion, String where) {
        String t = term == null ? "" : term.strip();
        String s = suggestion == null ? "" : suggestion.strip();
        if (t.isEmpty() || s.isEmpty()) {
            throw new IllegalArgumentException("Glossary " + where + " needs both a term and plain words to suggest.");
        }
        terms.remove(key(t));
        terms.put(key(t), s);
    }

    private static final class Holder {
        static final Glossary DEFAULT = load();

        private static Glossary load() {
            try (InputStream in = Glossary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The glossary " + DEFAULT_RESOURCE + " is missing from the build.");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
