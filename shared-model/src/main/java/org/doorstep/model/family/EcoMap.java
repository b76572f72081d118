package org.doorstep.model.family;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.visit.Violation;

/**
 * The child's eco-map (R5.6-genogram): the people and services around the child and how the child's
 * tie to each feels, recorded at a visit. {@link #draw()} makes the one picture both sides paint.
 */
public record EcoMap(String childName, List<Tie> ties) {

    /** The most ties one map holds, so each stays readable round the circle. */
    public static final int MAX_TIES = 16;
    public static final int NAME_LIMIT = 60;

    public enum Kind {
        SCHOOL("School"), GP("GP or health"), FRIENDS("Friends"), CLUB("Club or activity"), PROFESSIONAL("Professional"),
        FAMILY("Family"), OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Strong: a thick line; weak: dashed; stressful: a zigzag, as eco-maps draw them. */
    public enum Strength {
        STRONG, WEAK, STRESSFUL
    }

    /**
     * One person or service round the child. {@code kind} and {@code strength} may be null while a
     * tablet form is half filled, or in a note sent wrong: {@link #problems()} then says so beside the
     * field, rather than the note failing to read.
     */
    public record Tie(String name, Kind kind, Strength strength) {
        public Tie {
            name = name == null ? "" : name.strip();
        }

        /** "Elm Road Primary (school): strong", as the record says it in words. */
        public String line() {
            return name + (kind == null ? "" : " (" + kind.label().toLowerCase(java.util.Locale.ROOT) + ")") + ": "
                    + (strength == null ? "strength not said" : strength.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public EcoMap {
        childName = childName == null || childName.isBlank() ? "The child" : childName.strip();
        ties = ties == null ? List.of() : List.copyOf(ties);
    }

    /**
     * The one place the eco-map's rules live: the tablet's form and the server's note check both ask
     * it. Fields are {@code ecoMap} for the whole map and {@code ecoMap-N-name}, {@code -kind},
     * {@code -strength} for the Nth tie (from 0); empty when nothing is wrong.
     */
    public List<Violation> problems() {
        List<Violation> out = new ArrayList<>();
        if (ties.size() > MAX_TIES) {
            out.add(new Violation(FIELD, REQUIREMENT, "An eco-map holds at most " + MAX_TIES + " people and services"));
        }
        if (childName.length() > NAME_LIMIT) {
            out.add(new Violation(FIELD, REQUIREMENT, "The child's name on the eco-map must be " + NAME_LIMIT + " characters or fewer"));
        }
        for (int i = 0; i < ties.size(); i++) {
            Tie tie = ties.get(i);
            if (tie.name().isEmpty()) {
                out.add(new Violation(field(i, "name"), REQUIREMENT, "Enter who or what this is, for example the school's name"));
            } else if (tie.name().length() > NAME_LIMIT) {
                out.add(new Violation(field(i, "name"), REQUIREMENT, "The name must be " + NAME_LIMIT + " characters or fewer"));
            }
            if (tie.kind() == null) {
                out.add(new Violation(field(i, "kind"), REQUIREMENT, "Choose what this is: school, GP, friends, club, professional, family or other"));
            }
            if (tie.strength() == null) {
                out.add(new Violation(field(i, "strength"), REQUIREMENT, "Choose how the child's tie to it feels: strong, weak or stressful"));
            }
        }
        return out;
    }

    /** The field a rule names for the whole map. */
    public static final String FIELD = "ecoMap";
    static final String REQUIREMENT = "R5.6-genogram";

    /** The field a rule names for one part ({@code name}, {@code kind}, {@code strength}) of the i-th tie. */
    public static String field(int i, String part) {
        return FIELD + "-" + i + "-" + part;
    }

    static final double CHILD_R = 56;
    /** About what 12 px bold fits across the inner ring. */
    static final int CENTRE_CHARS = 12;
    static final double BOX_W = 150;
    static final double BOX_H = 54;
    static final double MARGIN = 20;
    static final double LEGEND = 40;

    /**
     * The ring's half-width and half-height for {@code n} ties: the smallest, in steps, at which no two
     * boxes touch (8 px apart at least) and no box reaches the child.
     */
    static double[] radii(int n) {
        for (double r = 200;; r += 10) {
            double rx = r * 1.25;
            double ry = r;
            boolean clear = true;
            for (int i = 0; i < n && clear; i++) {
                double[] a = onRing(i, n, rx, ry);
                clear = Math.abs(a[0]) >= BOX_W / 2 + CHILD_R + 8 || Math.abs(a[1]) >= BOX_H / 2 + CHILD_R + 8;
                for (int j = i + 1; j < n && clear; j++) {
                    double[] b = onRing(j, n, rx, ry);
                    clear = Math.abs(a[0] - b[0]) >= BOX_W + 8 || Math.abs(a[1] - b[1]) >= BOX_H + 8;
                }
            }
            if (clear) {
                return new double[] {rx, ry};
            }
        }
    }

    private static double[] onRing(int i, int n, double rx, double ry) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
        return new double[] {rx * Math.cos(angle), ry * Math.sin(angle)};
    }

    double width() {
        return 2 * radii(ties.size())[0] + BOX_W + 2 * MARGIN;
    }

    double height() {
        double[] y = verticalExtent();
        return LEGEND + MARGIN + (y[1] - y[0]) + MARGIN;
    }

    /** The child's centre. */
    double[] middle() {
        return new double[] {width() / 2, LEGEND + MARGIN - verticalExtent()[0]};
    }

    /**
     * How far the picture reaches above and below the child's centre: the boxes actually placed and the
     * child's circle, not the whole ring, so an odd number of ties leaves no empty band at the bottom.
     */
    private double[] verticalExtent() {
        double[] r = radii(ties.size());
        double top = -CHILD_R;
        double bottom = CHILD_R;
        for (int i = 0; i < ties.size(); i++) {
            double y = onRing(i, ties.size(), r[0], r[1])[1];
            top = Math.min(top, y - BOX_H / 2);
            bottom = Math.max(bottom, y + BOX_H / 2);
        }
        return new double[] {top, bottom};
    }

    /** Where the i-th tie's box is centred: round the child, starting at the top, clockwise. */
    double[] centre(int i) {
        double[] r = radii(ties.size());
        double[] at = onRing(i, ties.size(), r[0], r[1]);
        double[] m = middle();
        return new double[] {m[0] + at[0], m[1] + at[1]};
    }

    /** The line for the i-th tie, from the child's circle to the edge of the tie's box. */
    double[] line(int i) {
        Strength s = ties.get(i).strength();
        double cx = middle()[0];
        double cy = middle()[1];
        double[] c = centre(i);
        double dx = c[0] - cx;
        double dy = c[1] - cy;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double sx = cx + ux * CHILD_R;
        double sy = cy + uy * CHILD_R;
        // leave the box where the straight line from the centre meets its edge
        double t = Math.min(Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (BOX_W / 2) / Math.abs(dx),
                Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (BOX_H / 2) / Math.abs(dy));
        double ex = c[0] - dx * t;
        double ey = c[1] - dy * t;
        if (s != Strength.STRESSFUL) {
            return new double[] {sx, sy, ex, ey};
        }
        double run = Math.hypot(ex - sx, ey - sy);
        int zigs = Math.max(2, (int) (run / 14));
        double[] pts = new double[2 * (zigs + 1)];
        for (int k = 0; k <= zigs; k++) {
            double along = run * k / zigs;
            double off = (k == 0 || k == zigs) ? 0 : (k % 2 == 0 ? 6 : -6);
            pts[2 * k] = sx + ux * along - uy * off;
            pts[2 * k + 1] = sy + uy * along + ux * off;
        }
        return pts;
    }

    /** The child's name as the centre holds it: a long one by its first word, so it stays inside the ring (the title has it whole). */
    String centreName() {
        if (childName.length() <= CENTRE_CHARS) {
            return childName;
        }
        String first = childName.split("\\s+")[0];
        return first.length() <= CENTRE_CHARS ? first : first.substring(0, CENTRE_CHARS - 1) + "\u2026";
    }

    public Drawing draw() {
        List<Drawing.Part> parts = new ArrayList<>();
        double[] m = middle();
        parts.add(new Drawing.Label(width() / 2, 16, 12, false, "Thick line: strong; dashed: weak; zigzag: stressful"));
        int n = ties.size();
        for (int i = 0; i < n; i++) {
            Tie tie = ties.get(i);
            parts.add(new Drawing.Path(line(i), Drawing.INK, tie.strength() == Strength.STRONG ? 5 : 2,
                    tie.strength() == Strength.WEAK));
        }
        parts.add(new Drawing.Ring(m[0], m[1], CHILD_R, Drawing.INK, 2, Drawing.PAPER));
        parts.add(new Drawing.Ring(m[0], m[1], CHILD_R - 5, Drawing.INK, 2, null));
        parts.add(new Drawing.Label(m[0], m[1], 12, true, centreName()));
        for (int i = 0; i < n; i++) {
            Tie tie = ties.get(i);
            double[] c = centre(i);
            parts.add(new Drawing.Box(c[0] - BOX_W / 2, c[1] - BOX_H / 2, BOX_W, BOX_H, 8, Drawing.INK, 2, false, Drawing.PAPER));
            parts.add(new Drawing.Label(c[0], c[1] - 9, 13, false, Genogram.shortName(tie.name())));
            parts.add(new Drawing.Label(c[0], c[1] + 11, 11, false, tie.kind() == null ? "" : tie.kind().label()));
        }
        StringBuilder words = new StringBuilder();
        for (Tie tie : ties) {
            words.append(tie.line()).append(". ");
        }
        return new Drawing(width(), height(), "Eco-map for " + childName,
                ties.isEmpty() ? "No people or services recorded." : words.toString().strip(), parts);
    }
}
