package org.doorstep.model.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R10-plain: points out, while a practitioner writes, the acronyms that are not explained and the
 * professional words a child or parent reading the record later may not understand. It advises and
 * never blocks.
 *
 * <p>An acronym is a word of 2 to 6 capital letters. It counts as explained from the point where the
 * text explains it, either as "Long Form (ABC)" or as "ABC (long form)"; earlier uses are still
 * pointed out. Acronyms in the glossary's plain list (GP, NHS ...) are never pointed out. Glossary
 * terms are found as whole words in any case ("s47" as "S47": people type fast on a tablet), except
 * a glossary acronym written all in lower case that is also an everyday word ("send", "mash"); an
 * acronym the glossary does not know is only recognised in capitals. Where two matches overlap, the
 * longer one is kept.
 */
public final class PlainLanguageAdvisor {

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    /** An acronym not in the glossary: capitals only, with a plural 's' allowed after it. */
    private static final Pattern CAPITALS = Pattern.compile(NOT_WORD_BEFORE + "([A-Z]{2,6})s?" + NOT_WORD_AFTER);
    /** "Long Form (ABC)": words, then the acronym alone in brackets. */
    private static final Pattern LONG_THEN_SHORT = Pattern.compile(
            "\\p{L}[\\p{L}'’-]*[ \\t]*\\(\\s*([A-Z][A-Z0-9]{1,5})s?\\s*\\)");
    /** "ABC (long form)": the acronym, then brackets holding at least one lower-case word. */
    private static final Pattern SHORT_THEN_LONG = Pattern.compile(
            NOT_WORD_BEFORE + "([A-Z][A-Z0-9]{1,5})s?[ \\t]*\\([^()]*\\p{Ll}{2}[^()]*\\)");

    /** Glossary acronyms that, written in lower case, are ordinary words and so not pointed out. */
    private static final java.util.Set<String> EVERYDAY_WORDS = java.util.Set.of("send", "sends", "mash", "la", "da",
            "pep", "tac", "lad", "lads", "cla", "ico");

    private final Glossary glossary;
    private final List<Term> terms;
    /** The kind of advice a non-acronym term gives; null means jargon, and unknown acronyms are looked for too. */
    private final Advice.Kind wording;

    public PlainLanguageAdvisor(Glossary glossary) {
        this(glossary, null);
    }

    /**
     * An advisor for a list of wording of its own kind ({@link Advice.Kind#JUDGEMENTAL}): only its
     * terms are pointed out, not acronyms it does not know.
     */
    PlainLanguageAdvisor(Glossary glossary, Advice.Kind wording) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.wording = wording;
        this.terms = glossary.terms().entrySet().stream()
                .map(e -> new Term(e.getKey(), e.getValue(), pattern(e.getKey())))
                .toList();
    }

    /** Advice for the text, in text order, without overlaps; empty when nothing needs plainer words. */
    public List<Advice> advise(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> explainedAt = explanations(text);
        List<Advice> found = new ArrayList<>();
        for (Term t : terms) {
            Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                boolean acronym = Glossary.isAcronym(t.term());
                if (acronym && EVERYDAY_WORDS.contains(m.group())) {
                    continue;
                }
                if (acronym && explained(explainedAt, t.term(), m.start())) {
                    continue;
                }
                found.add(new Advice(m.start(), m.end(), m.group(), t.suggestion(),
                        acronym ? Advice.Kind.ACRONYM : wording != null ? wording : Advice.Kind.JARGON));
            }
        }
        if (wording != null) {
            return withoutOverlaps(found);
        }
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            if (glossary.isPlain(acronym) || glossary.suggestion(acronym).isPresent()
                    || explained(explainedAt, acronym, m.start())) {
                continue;
            }
            found.add(new Advice(m.start(), m.end(), m.group(),
                    "plain words, or the words in full followed by (" + acronym + ") the first time", Advice.Kind.ACRONYM));
        }
        return withoutOverlaps(found);
    }

    /** Where each acronym is first explained: the index of the acronym in its explanation. */
    private static Map<String, Integer> explanations(String text) {
        Map<String, Integer> at = new HashMap<>();
        for (Pattern p : List.of(LONG_THEN_SHORT, SHORT_THEN_LONG)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                at.merge(m.group(1).toUpperCase(java.util.Locale.ROOT), m.start(1), Math::min);
            }
        }
        return at;
    }

    private static boolean explained(Map<String, Integer> explainedAt, String acronym, int index) {
        Integer at = explainedAt.get(acronym);
        return at != null && at <= index;
    }

    static List<Advice> withoutOverlaps(List<Advice> found) {
        List<Advice> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Advice::start).thenComparing(a -> -(a.end() - a.start())));
        List<Advice> kept = new ArrayList<>();
        int end = -1;
        for (Advice a : sorted) {
            if (a.start() >= end) {
                kept.add(a);
                end = a.end();
            }
        }
        return List.copyOf(kept);
    }

    /** Whole words; a space matches any run of spaces, a hyphen matches a hyphen, a space or nothing. */
    private static Pattern pattern(String term) {
        StringBuilder re = new StringBuilder(NOT_WORD_BEFORE);
        for (String part : term.split("(?<=[\\s-])|(?=[\\s-])")) {
            if (part.isBlank()) {
                re.append("\\s+");
            } else if (part.equals("-")) {
                re.append("[-\\s]?");
            } else {
                re.append(Pattern.quote(part));
            }
        }
        re.append(Glossary.isAcronym(term) ? "s?" : "(?:s|es)?").append(NOT_WORD_AFTER);
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record Term(String term, String suggestion, Pattern pattern) {
    }
}
