package org.doorstep.model.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The genogram as a {@link Drawing} (R5.6-genogram), in the usual notation: square male, circle
 * female, diamond other or not known, a double border for the child the case is about, a cross
 * over someone who has died, the household inside a dashed outline; partner lines solid when
 * married, dashed when partners, crossed once when separated and twice when divorced.
 */
public final class Genogram {

    static final String HOUSEHOLD = "#1565c0";
    static final int NAME_CHARS = 16;

    private Genogram() {
    }

    public static Drawing draw(Family family, LocalDate asOf, String childName) {
        GenogramLayout layout = GenogramLayout.of(family);
        List<Drawing.Part> parts = new ArrayList<>();
        for (GenogramLayout.Enclosure e : layout.household()) {
            parts.add(new Drawing.Box(e.x(), e.y(), e.w(), e.h(), 12, HOUSEHOLD, 2, true, null));
        }
        for (GenogramLayout.Connector c : layout.connectors()) {
            parts.add(new Drawing.Path(c.points(), Drawing.INK, 2, c.relationship().bond() == Bond.PARTNERED));
            if (c.relationship().bond() == Bond.SEPARATED || c.relationship().bond() == Bond.DIVORCED) {
                parts.addAll(slashes(c.points(), c.relationship().bond() == Bond.DIVORCED ? 2 : 1));
            }
        }
        for (GenogramLayout.Placed p : layout.placed()) {
            parts.addAll(symbol(p));
            parts.add(new Drawing.Label(p.cx(), p.cy() + GenogramLayout.SYMBOL / 2 + 14, 14, p.person().child(), shortName(p.person().name())));
            parts.add(new Drawing.Label(p.cx(), p.cy() + GenogramLayout.SYMBOL / 2 + 32, 13, false, ageText(p.person(), asOf)));
        }
        double h = layout.height();
        double width = Math.max(layout.width(), 600);
        parts.add(new Drawing.Label(width / 2, 14, 12, false, "Square male, circle female, diamond other or not known"));
        parts.add(new Drawing.Label(width / 2, 32, 12, false, "Double border: the child; cross: died; dashed outline: the household"));
        return new Drawing(width, h, "Genogram for " + childName, description(family, asOf), parts);
    }

    public static String svg(Family family, LocalDate asOf, String childName) {
        return DrawingSvg.render(draw(family, asOf, childName));
    }

    private static List<Drawing.Part> symbol(GenogramLayout.Placed p) {
        List<Drawing.Part> out = new ArrayList<>();
        double s = GenogramLayout.SYMBOL;
        for (double inset : p.person().child() ? new double[] {0, 5} : new double[] {0}) {
            double h = s / 2 - inset;
            String fill = inset == 0 ? Drawing.PAPER : null;
            switch (p.person().sex()) {
                case MALE -> out.add(new Drawing.Box(p.cx() - h, p.cy() - h, 2 * h, 2 * h, 0, Drawing.INK, 2, false, fill));
                case FEMALE -> out.add(new Drawing.Ring(p.cx(), p.cy(), h, Drawing.INK, 2, fill));
                default -> out.add(new Drawing.Polygon(new double[] {p.cx(), p.cy() - h, p.cx() + h, p.cy(), p.cx(), p.cy() + h,
                        p.cx() - h, p.cy()}, Drawing.INK, 2, fill));
            }
        }
        if (p.person().deceased()) {
            double h = s / 2;
            out.add(new Drawing.Path(new double[] {p.cx() - h, p.cy() - h, p.cx() + h, p.cy() + h}, Drawing.INK, 2, false));
            out.add(new Drawing.Path(new double[] {p.cx() + h, p.cy() - h, p.cx() - h, p.cy() + h}, Drawing.INK, 2, false));
        }
        return out;
    }

    /** Short strokes across the middle of a partner line's longest horizontal stretch. */
    private static List<Drawing.Part> slashes(double[] pts, int count) {
        int best = 0;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            if (Math.abs(pts[i + 2] - pts[i]) > Math.abs(pts[best + 2] - pts[best])) {
                best = i;
            }
        }
        double mx = (pts[best] + pts[best + 2]) / 2;
        double my = pts[best + 1];
        List<Drawing.Part> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // off the middle, where a couple's children hang
            double x = mx - 14 - k * 8;
            out.add(new Drawing.Path(new double[] {x - 5, my + 9, x + 5, my - 9}, Drawing.INK, 2, false));
        }
        return out;
    }

    static String shortName(String name) {
        return name.length() <= NAME_CHARS ? name : name.substring(0, NAME_CHARS - 1) + "\u2026";
    }

    static String ageText(FamilyPerson p, LocalDate asOf) {
        int age = p.age(asOf);
        if (p.deceased()) {
            return age < 0 ? "died" : "died aged " + age;
        }
        return age < 0 ? "age not known" : "age " + age;
    }

    /** The same facts in words, for a screen reader and for anyone who cannot see the drawing. */
    public static String description(Family family, LocalDate asOf) {
        StringBuilder b = new StringBuilder();
        b.append(family.people().size()).append(family.people().size() == 1 ? " person. " : " people. ");
        for (String line : relationshipLines(family)) {
            b.append(line).append(". ");
        }
        return b.toString().strip();
    }

    /** One line per relationship in words ("Sam Reed is parent of Mia Reed"), for lists and exports. */
    public static List<String> relationshipLines(Family family) {
        List<String> out = new ArrayList<>();
        for (Relationship r : family.relationships()) {
            String a = family.person(r.from()).map(FamilyPerson::name).orElse("?");
            String b = family.person(r.to()).map(FamilyPerson::name).orElse("?");
            String what = Relationship.verbOf(r.formKind());
            StringBuilder line = new StringBuilder(a + " " + what + " " + b);
            if (r.since() != null) {
                line.append(", since ").append(r.since());
            }
            if (r.until() != null) {
                line.append(", until ").append(r.until());
            }
            out.add(line.toString());
        }
        return out;
    }
}
