package org.doorstep.model.plain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.doorstep.model.visit.VisitNote;

/**
 * R10-plain, before signing: the professional words and unexplained acronyms still in a note, each
 * once, with the field it is in and a plainer word, so the review can list them. Advice only.
 *
 * @param field      the name of the field the term is in, as the form shows it
 * @param term       the words as written
 * @param suggestion what to write instead
 */
public record JargonLeft(String field, String term, String suggestion) {

    /** "'s47' in Purpose: try child protection enquiry (section 47)". */
    public String line() {
        return "'" + term + "' in " + field + ": try " + suggestion;
    }

    /** Every term left in the note's free text, in form order, each term once (the first place it is). */
    public static List<JargonLeft> in(VisitNote note, PlainLanguageAdvisor advisor) {
        return in(note.freeText(), advisor);
    }

    /** As {@link #in(VisitNote, PlainLanguageAdvisor)}, with judgemental wording too (what the tablet's review lists). */
    public static List<JargonLeft> in(VisitNote note, PlainWriting writing) {
        return in(note.freeText(), writing::advise);
    }

    /** As {@link #in(VisitNote, PlainLanguageAdvisor)}, for texts by the name of their field. */
    public static List<JargonLeft> in(Map<String, String> textsByField, PlainLanguageAdvisor advisor) {
        return in(textsByField, advisor::advise);
    }

    private static List<JargonLeft> in(Map<String, String> textsByField,
                                       java.util.function.Function<String, List<Advice>> advisor) {
        List<JargonLeft> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        textsByField.forEach((field, text) -> {
            for (Advice a : advisor.apply(text)) {
                if (seen.add(a.term().toLowerCase(Locale.ROOT))) {
                    out.add(new JargonLeft(field, a.term(), a.suggestion()));
                }
            }
        });
        return List.copyOf(out);
    }
}
