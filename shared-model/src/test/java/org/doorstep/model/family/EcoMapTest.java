package org.doorstep.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5.6-genogram: the eco-map's layout and its notation, for 0 to 16 people and services. */
class EcoMapTest {

    static EcoMap map(int n) {
        List<EcoMap.Tie> ties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ties.add(new EcoMap.Tie("Tie " + i, EcoMap.Kind.values()[i % EcoMap.Kind.values().length],
                    EcoMap.Strength.values()[i % 3]));
        }
        return new EcoMap("Mia Reed", ties);
    }

    @Test
    @DisplayName("R5.6-genogram: eco-maps of 0 to 16 ties: no box overlaps another or the child, each line runs from the child's circle to its own box and through no other")
    void layout() {
        for (int n = 0; n <= EcoMap.MAX_TIES; n++) {
            EcoMap m = map(n);
            double[] mid = m.middle();
            for (int i = 0; i < n; i++) {
                double[] a = m.centre(i);
                assertTrue(a[0] - EcoMap.BOX_W / 2 >= 0 && a[0] + EcoMap.BOX_W / 2 <= m.width() && a[1] + EcoMap.BOX_H / 2 <= m.height()
                        && a[1] - EcoMap.BOX_H / 2 >= EcoMap.LEGEND, n + " ties: box " + i + " inside the picture");
                assertFalse(boxHits(a, mid[0], mid[1], EcoMap.CHILD_R), n + " ties: box " + i + " clear of the child");
                for (int j = i + 1; j < n; j++) {
                    double[] b = m.centre(j);
                    assertTrue(Math.abs(a[0] - b[0]) >= EcoMap.BOX_W || Math.abs(a[1] - b[1]) >= EcoMap.BOX_H, n + " ties: " + i + " and " + j + " overlap");
                }
                double[] line = m.line(i);
                assertEquals(EcoMap.CHILD_R, Math.hypot(line[0] - mid[0], line[1] - mid[1]), 0.5, "starts on the child's circle");
                double ex = line[line.length - 2];
                double ey = line[line.length - 1];
                boolean onEdge = Math.abs(Math.abs(ex - a[0]) - EcoMap.BOX_W / 2) < 0.5 && Math.abs(ey - a[1]) <= EcoMap.BOX_H / 2 + 0.5
                        || Math.abs(Math.abs(ey - a[1]) - EcoMap.BOX_H / 2) < 0.5 && Math.abs(ex - a[0]) <= EcoMap.BOX_W / 2 + 0.5;
                assertTrue(onEdge, n + " ties: line " + i + " ends on its box's edge");
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double[] b = m.centre(j);
                        for (double t = 0; t <= 1; t += 0.02) {
                            double x = line[0] + (ex - line[0]) * t;
                            double y = line[1] + (ey - line[1]) * t;
                            assertFalse(Math.abs(x - b[0]) < EcoMap.BOX_W / 2 - 1 && Math.abs(y - b[1]) < EcoMap.BOX_H / 2 - 1,
                                    n + " ties: line " + i + " crosses box " + j);
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("R5.6-genogram: strong is a thick line, weak dashed, stressful a zigzag; the SVG is well-formed and says each tie in words")
    void notation() throws Exception {
        EcoMap m = new EcoMap("Mia Reed", List.of(new EcoMap.Tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG),
                new EcoMap.Tie("Dr Shah", EcoMap.Kind.GP, EcoMap.Strength.WEAK),
                new EcoMap.Tie("Dad's new partner", EcoMap.Kind.FAMILY, EcoMap.Strength.STRESSFUL)));
        Drawing d = m.draw();
        List<Drawing.Path> lines = d.parts().stream().filter(p -> p instanceof Drawing.Path).map(p -> (Drawing.Path) p).toList();
        assertEquals(5, lines.get(0).strokeWidth(), 0, "strong: thick");
        assertTrue(lines.get(1).dashed() && lines.get(1).strokeWidth() == 2, "weak: dashed");
        assertTrue(lines.get(2).points().length > 10 && !lines.get(2).dashed(), "stressful: a zigzag");
        String svg = DrawingSvg.render(d);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains("Dad&#39;s new partner (family): stressful."), svg);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "genogram"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "genogram", "eco-map.svg"), svg);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "genogram", "eco-map-16.svg"), DrawingSvg.render(map(16).draw()));
    }

    @Test
    @DisplayName("R5.6-genogram: an eco-map tie needs a name, and a map holds at most 16")
    void rules() {
        assertEquals("Enter who or what this is, for example the school's name",
                new EcoMap("Mia", List.of(new EcoMap.Tie(" ", EcoMap.Kind.CLUB, EcoMap.Strength.WEAK))).problems().get(0).message());
        assertEquals("ecoMap", map(17).problems().get(0).field());
        assertTrue(map(16).problems().isEmpty());
    }

    @Test
    @DisplayName("R5.6-genogram: the child's name fits inside the centre ring: a long one by its first word, the title keeps it whole")
    void childNameFitsTheRing() {
        assertEquals("Mia Reed", map(1).centreName());
        EcoMap long_ = new EcoMap("Maya Thompson", List.of());
        assertEquals("Maya", long_.centreName());
        assertEquals("Eco-map for Maya Thompson", long_.draw().title());
        assertEquals("Bartholomew\u2026", new EcoMap("Bartholomew-Fitzgerald Smith", List.of()).centreName());
    }

    static boolean boxHits(double[] box, double cx, double cy, double r) {
        double nx = Math.max(box[0] - EcoMap.BOX_W / 2, Math.min(cx, box[0] + EcoMap.BOX_W / 2));
        double ny = Math.max(box[1] - EcoMap.BOX_H / 2, Math.min(cy, box[1] + EcoMap.BOX_H / 2));
        return Math.hypot(nx - cx, ny - cy) < r;
    }
}
