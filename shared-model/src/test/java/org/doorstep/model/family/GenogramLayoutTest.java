package org.doorstep.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5.6-genogram: the computed layout's promises, on generated families of 1 to 25 people. */
class GenogramLayoutTest {

    static final double H = GenogramLayout.SYMBOL / 2;

    @Test
    @DisplayName("R5.6-genogram: families of 1 to 25 people: no overlapping symbols, each line joins its two people and crosses no one else, one row per generation")
    void generatedFamilies() {
        for (int size = 1; size <= 25; size++) {
            for (long seed = 1; seed <= 8; seed++) {
                Family f = FamilySamples.generated(size, seed * 31 + size);
                assertEquals(size, f.people().size(), "generator made " + size + " people (seed " + seed + ")");
                check(f, "size " + size + ", seed " + seed);
            }
        }
    }

    @Test
    @DisplayName("R5.6-genogram: three generations, the child marked, divorce and partnership lines, household enclosed")
    void threeGenerations() throws Exception {
        Family f = FamilySamples.threeGenerations();
        GenogramLayout layout = check(f, "three generations");
        assertEquals(3, layout.placed().stream().mapToInt(GenogramLayout.Placed::generation).distinct().count());
        Map<String, GenogramLayout.Placed> by = byId(layout);
        // children below both parents, between them
        assertTrue(by.get("mia").cy() > by.get("mum").cy() && by.get("dad").cy() > by.get("gf").cy());
        assertEquals(GenogramLayout.STEP, Math.abs(by.get("gf").cx() - by.get("gm").cx()), 0.01, "partners side by side");
        assertFalse(layout.household().isEmpty(), "the household is enclosed");

        String svg = Genogram.svg(f, LocalDate.of(2026, 12, 3), "Mia Reed");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "genogram"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "genogram", "three-generations.svg"), svg);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "genogram", "twenty-five.svg"),
                Genogram.svg(FamilySamples.generated(25, 7), LocalDate.of(2026, 12, 3), "Child 0"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains("age 10"), "Mia's age shows: " + svg);
        assertTrue(svg.contains("died aged 71"), "George's age at death shows");
        assertTrue(svg.contains("<polygon"), "Alex (other or not known) is a diamond");
        assertTrue(svg.contains("stroke-dasharray"), "a partnership and the household outline are dashed");
        assertTrue(svg.contains("Sam Reed is divorced from Jo Reed, since 2010-06-05, until 2020-02-01"), "the description says it in words");
        // the child's double border: two circles at Mia's centre
        GenogramLayout.Placed mia = by.get("mia");
        String centre = "cx=\"" + (long) mia.cx() + "\" cy=\"" + (long) mia.cy() + "\"";
        assertEquals(2, svg.split(java.util.regex.Pattern.quote(centre), -1).length - 1, "double border for the child");
    }

    @Test
    @DisplayName("R5.6-genogram: a relationship that cannot be is refused with a reason")
    void impossibleRelationships() {
        Family f = FamilySamples.threeGenerations();
        assertEquals("A person cannot be the parent of their own parent or grandparent.",
                f.problemWith(Relationship.parentOf("mia", "gf")).orElseThrow());
        assertEquals("This person already has two parents on the record.", f.problemWith(Relationship.parentOf("gm", "mia")).orElseThrow());
        assertEquals("These two people already have a relationship on the record.",
                f.problemWith(Relationship.siblings("mum", "dad")).orElseThrow());
        assertTrue(f.problemWith(Relationship.partners("leo", "gm", Bond.MARRIED)).isPresent(), "a grandmother cannot share a row with her grandson");
        assertTrue(f.problemWith(Relationship.siblings("mia", "ava")).isEmpty());
    }

    static Map<String, GenogramLayout.Placed> byId(GenogramLayout layout) {
        Map<String, GenogramLayout.Placed> by = new HashMap<>();
        layout.placed().forEach(p -> by.put(p.person().id(), p));
        return by;
    }

    static GenogramLayout check(Family f, String what) {
        GenogramLayout layout = GenogramLayout.of(f);
        Map<String, GenogramLayout.Placed> by = byId(layout);
        Map<Integer, Double> rowY = new HashMap<>();
        for (GenogramLayout.Placed a : layout.placed()) {
            assertEquals(rowY.computeIfAbsent(a.generation(), g -> a.cy()), a.cy(), 0.001, what + ": one row per generation");
            assertTrue(a.cx() - H >= 0 && a.cx() + H <= layout.width() && a.cy() + H <= layout.height(), what + ": inside the picture");
            for (GenogramLayout.Placed b : layout.placed()) {
                if (a != b) {
                    boolean apart = Math.abs(a.cx() - b.cx()) >= GenogramLayout.STEP - 0.001 || Math.abs(a.cy() - b.cy()) >= GenogramLayout.ROW - 0.001;
                    assertTrue(apart, what + ": " + a.person().id() + " and " + b.person().id() + " overlap (symbols and names)");
                }
            }
        }
        for (Relationship r : f.relationships()) {
            if (r.kind() == Relationship.Kind.PARENT_OF) {
                assertTrue(by.get(r.from()).cy() < by.get(r.to()).cy(), what + ": a child's row is below the parent's");
            } else {
                assertEquals(by.get(r.from()).cy(), by.get(r.to()).cy(), 0.001, what + ": partners and siblings share a row");
            }
        }
        assertEquals(f.relationships().size(), layout.connectors().size(), what + ": one line per relationship");
        for (GenogramLayout.Connector c : layout.connectors()) {
            double[] p = c.points();
            GenogramLayout.Placed from = by.get(c.relationship().from());
            GenogramLayout.Placed to = by.get(c.relationship().to());
            boolean forwards = onEdge(from, p[0], p[1]) && onEdge(to, p[p.length - 2], p[p.length - 1]);
            boolean backwards = onEdge(to, p[0], p[1]) && onEdge(from, p[p.length - 2], p[p.length - 1]);
            assertTrue(forwards || backwards, what + ": the line for " + c.relationship() + " joins its two people");
            for (int i = 0; i + 3 < p.length; i += 2) {
                assertTrue(p[i] == p[i + 2] || p[i + 1] == p[i + 3], what + ": lines run across and down");
                for (GenogramLayout.Placed other : layout.placed()) {
                    if (other != from && other != to) {
                        assertFalse(crosses(other, p[i], p[i + 1], p[i + 2], p[i + 3]),
                                what + ": the line for " + c.relationship() + " crosses " + other.person().id());
                    }
                }
            }
        }
        return layout;
    }

    /** On the symbol's bounding square's edge (or inside it), within half a pixel. */
    static boolean onEdge(GenogramLayout.Placed p, double x, double y) {
        return Math.abs(x - p.cx()) <= H + 0.5 && Math.abs(y - p.cy()) <= H + 0.5;
    }

    static boolean crosses(GenogramLayout.Placed p, double x1, double y1, double x2, double y2) {
        double minX = Math.min(x1, x2), maxX = Math.max(x1, x2), minY = Math.min(y1, y2), maxY = Math.max(y1, y2);
        return maxX > p.cx() - H && minX < p.cx() + H && maxY > p.cy() - H && minY < p.cy() + H;
    }
}
