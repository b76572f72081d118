package org.doorstep.model.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * R10-plain for anything a person writes: the jargon and unexplained acronyms of the glossary, and
 * judgemental or offensive wording from a list of its own ({@code judgemental.txt}). Advice only:
 * nothing is ever refused for its wording.
 */
public final class PlainWriting {

    static final String JUDGEMENTAL_RESOURCE = "judgemental.txt";

    private final PlainLanguageAdvisor jargon;
    private final PlainLanguageAdvisor judgemental;

    public PlainWriting(Glossary glossary, Glossary judgementalWords) {
        this.jargon = new PlainLanguageAdvisor(glossary);
        this.judgemental = new PlainLanguageAdvisor(judgementalWords, Advice.Kind.JUDGEMENTAL);
    }

    /** With the shipped glossary and list of judgemental wording. */
    public static PlainWriting defaults() {
        return Holder.DEFAULT;
    }

    /** The judgemental wording shipped with the model, as term and what to write instead. */
    public static Glossary judgementalWords() {
        return Holder.WORDS;
    }

    /** Advice in text order; where a word is both jargon and judgemental, the longer match is kept. */
    public List<Advice> advise(String text) {
        List<Advice> all = new ArrayList<>(judgemental.advise(text));
        all.addAll(jargon.advise(text));
        return PlainLanguageAdvisor.withoutOverlaps(all);
    }

    private static final class Holder {
        static final Glossary WORDS = load();
        static final PlainWriting DEFAULT = new PlainWriting(Glossary.defaults(), WORDS);

        private static Glossary load() {
            try (InputStream in = PlainWriting.class.getResourceAsStream(JUDGEMENTAL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The word list " + JUDGEMENTAL_RESOURCE + " is missing from the build.");
                }
                return Glossary.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
