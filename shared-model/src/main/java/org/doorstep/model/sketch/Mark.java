package org.doorstep.model.sketch;

import java.util.EnumSet;
import java.util.List;

/**
 * A numbered pin on a body map, with what was seen and what was said about it. Unknown or not
 * asked is {@code null} (never guessed); an empty text counts as not given.
 *
 * @param number             the pin's number as shown on the drawing, 1 or more, unique in a sketch
 * @param x                  logical units on the canvas, snapped to 0.25
 * @param y                  logical units on the canvas, snapped to 0.25
 * @param regionId           the template region under the pin when it was placed (e.g.
 *                           "forearm-left"), or null when none was under it
 * @param site               where the mark is, in words; proposed from the region ("left forearm"),
 *                           the practitioner may refine it
 * @param sizeCm             longest dimension in centimetres, snapped to 0.1
 * @param shape              in words: "round", "linear", "loop", "hand-shaped"...
 * @param colours            in words, as the practitioner saw them: "red", "purple", "yellow"...
 * @param skinBroken         whether the skin was broken
 * @param swelling           whether there was swelling
 * @param surface            scab, blister or bleeding present; empty when none (or not recorded)
 * @param childExplanation   the explanation the child gave, in the child's words
 * @param carerExplanation   the explanation the parent or carer gave
 * @param basis              seen by the practitioner, or reported to them (required)
 * @param firstNoticed       when the mark was first noticed, as told ("Monday evening", "2026-03-02")
 */
public record Mark(
        int number,
        double x,
        double y,
        String regionId,
        String site,
        Double sizeCm,
        String shape,
        List<String> colours,
        Boolean skinBroken,
        Boolean swelling,
        List<SurfaceSign> surface,
        String childExplanation,
        String carerExplanation,
        MarkBasis basis,
        String firstNoticed) {

    public static final int MAX_TEXT = 4_000;

    public Mark {
        if (number < 1 || number > 9_999) {
            throw new IllegalArgumentException("mark number must be within 1..9999, was " + number);
        }
        x = Quantum.coord(x, "mark x");
        y = Quantum.coord(y, "mark y");
        regionId = text(regionId, "regionId");
        site = text(site, "site");
        if (sizeCm != null) {
            if (!MarkRules.sizeInRange(sizeCm)) {
                throw new IllegalArgumentException("sizeCm must be within 0..1000, was " + sizeCm);
            }
            sizeCm = MarkRules.snapSize(sizeCm);
        }
        shape = text(shape, "shape");
        colours = colours == null ? List.of() : colours.stream().map(c -> text(c, "colour")).filter(c -> c != null).toList();
        EnumSet<SurfaceSign> signs = EnumSet.noneOf(SurfaceSign.class);
        if (surface != null) {
            surface.forEach(s -> signs.add(java.util.Objects.requireNonNull(s, "surface sign")));
        }
        surface = List.copyOf(signs);
        childExplanation = text(childExplanation, "childExplanation");
        carerExplanation = text(carerExplanation, "carerExplanation");
        if (basis == null) {
            throw new IllegalArgumentException("mark " + number + ": say whether it was SEEN or REPORTED");
        }
        firstNoticed = text(firstNoticed, "firstNoticed");
    }

    /**
     * A pin placed at (x, y) on a canvas of the given size over a template, with its region and
     * site filled in from the template region under it; everything else still to be recorded.
     */
    public static Mark placed(int number, double x, double y, SketchTemplate template, int width, int height, MarkBasis basis) {
        var region = template.regionAt(width, height, x, y);
        return new Mark(number, x, y, region.map(SketchTemplate.Region::id).orElse(null),
                region.map(SketchTemplate.Region::name).orElse(null),
                null, null, List.of(), null, null, List.of(), null, null, basis, null);
    }

    /**
     * The mark in one line, as the review before signing shows it and in the words the supervisor's
     * table uses: every detail recorded, colours as written, the child's and carer's words in quotes
     * once (a practitioner who typed the quotes themselves does not get them twice).
     */
    public String describe() {
        StringBuilder b = new StringBuilder().append(number).append(": ").append(site == null ? "site not named" : site)
                .append(basis == MarkBasis.SEEN ? ", seen by you" : ", reported to you");
        if (sizeCm != null) {
            b.append("; ").append(sizeCm).append(" cm");
        }
        if (shape != null) {
            b.append("; ").append(shape);
        }
        if (!colours.isEmpty()) {
            b.append("; ").append(String.join(", ", colours));
        }
        if (skinBroken != null) {
            b.append("; skin broken: ").append(skinBroken ? "yes" : "no");
        }
        if (swelling != null) {
            b.append("; swelling: ").append(swelling ? "yes" : "no");
        }
        if (!surface.isEmpty()) {
            b.append("; ").append(surface.stream().map(SurfaceSign::words).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (firstNoticed != null) {
            b.append("; first noticed: ").append(firstNoticed);
        }
        if (childExplanation != null) {
            b.append("; the child said: ").append(quoted(childExplanation));
        }
        if (carerExplanation != null) {
            b.append("; the carer said: ").append(quoted(carerExplanation));
        }
        return b.toString();
    }

    private static String quoted(String words) {
        String w = words.strip().replaceAll("^[\"\u201c]+|[\"\u201d]+$", "").strip();
        return "\u201c" + w + "\u201d";
    }

    private static String text(String s, String what) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT + " characters");
        }
        return Texts.wellFormed(s, what);
    }
}
