package org.doorstep.model.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.model.sketch.SketchTemplate.Pt;
import org.doorstep.model.sketch.SketchTemplate.Region;
import org.doorstep.model.sketch.SketchTemplates.Age;
import org.doorstep.model.sketch.SketchTemplates.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SketchTemplatesTest {

    private static SketchTemplate t(String id) {
        return SketchTemplates.find(id).orElseThrow();
    }

    private static String siteAtNormalized(String id, double x, double y) {
        return t(id).regionAtNormalized(x, y).map(Region::name).orElse(null);
    }

    @Test
    @DisplayName("R1-sketch: the catalogue holds blank, 12 body views, head and face, hands and a room grid")
    void catalogue() {
        List<String> ids = SketchTemplates.all().stream().map(SketchTemplate::id).toList();
        assertEquals(16, ids.size());
        assertEquals(16, new HashSet<>(ids).size(), "ids are unique");
        for (Age a : Age.values()) {
            for (View v : View.values()) {
                assertTrue(ids.contains(SketchTemplates.bodyId(v, a)), SketchTemplates.bodyId(v, a));
            }
        }
        assertTrue(ids.containsAll(List.of("blank", "body-front-child", "body-back-infant", "body-left-adolescent", "head-face", "hands", "room-grid")));
    }

    @Test
    @DisplayName("R1-sketch: every template but blank has outlines and named regions inside the unit square, each region reachable")
    void everyTemplateHasOutlinesAndRegions() {
        for (SketchTemplate t : SketchTemplates.all()) {
            if (t.id().equals(SketchTemplates.BLANK)) {
                assertTrue(t.outlines().isEmpty() && t.regions().isEmpty());
                continue;
            }
            assertFalse(t.outlines().isEmpty(), t.id() + " has outlines");
            assertFalse(t.regions().isEmpty(), t.id() + " has regions");
            Set<String> regionIds = new HashSet<>();
            for (Region r : t.regions()) {
                assertTrue(regionIds.add(r.id()), t.id() + ": region id " + r.id() + " is unique");
                assertTrue(r.polygon().size() >= 3, t.id() + "/" + r.id());
                assertFalse(r.name().isBlank());
            }
            t.outlines().forEach(o -> o.points().forEach(p -> assertInUnitSquare(t, p)));
            t.regions().forEach(r -> r.polygon().forEach(p -> assertInUnitSquare(t, p)));
            // each region wins for at least one point of a fine grid: none is hidden under another
            Set<String> reached = new HashSet<>();
            for (int i = 0; i <= 400; i++) {
                for (int j = 0; j <= 400; j++) {
                    t.regionAtNormalized(i / 400.0, j / 400.0).ifPresent(r -> reached.add(r.id()));
                }
            }
            assertEquals(regionIds, reached, t.id() + ": every region can be hit");
        }
    }

    private static void assertInUnitSquare(SketchTemplate t, Pt p) {
        assertTrue(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1, t.id() + " point " + p + " lies in the unit square");
    }

    @Test
    @DisplayName("R1-sketch: a pin on the left forearm of body-front-child is named 'left forearm' (the child's left, the viewer's right)")
    void leftForearmFront() {
        SketchTemplate front = t("body-front-child");
        // a 1280x800 canvas: the unit square is the 800x800 square in the middle, so x = 240 + 800 * nx
        assertEquals("left forearm", front.regionAt(1280, 800, 750.6, 376).map(Region::name).orElse(null));
        assertEquals("right forearm", front.regionAt(1280, 800, 1280 - 750.6, 376).map(Region::name).orElse(null));
        Mark m = Mark.placed(1, 750.6, 376, front, 1280, 800, MarkBasis.SEEN);
        assertEquals("forearm-left", m.regionId());
        assertEquals("left forearm", m.site());
    }

    @Test
    @DisplayName("R1-sketch: on a back view the child's left is on the viewer's left")
    void leftForearmBack() {
        assertEquals("left forearm", siteAtNormalized("body-back-child", 1 - 0.638, 0.47));
        assertEquals("back of head", siteAtNormalized("body-back-child", 0.5, 0.12));
    }

    @Test
    @DisplayName("R1-sketch: faces, torsos and legs are named on every age's front view")
    void namedSites() {
        for (Age a : Age.values()) {
            String id = SketchTemplates.bodyId(View.FRONT, a);
            double headH = a.head * 0.94;
            assertEquals("forehead", siteAtNormalized(id, 0.5, 0.03 + 0.25 * headH), id);
            assertEquals("chin and jaw", siteAtNormalized(id, 0.5, 0.03 + 0.9 * headH), id);
            assertEquals("left chest", siteAtNormalized(id, 0.53, 0.03 + (a.head + a.neck + 0.1) * 0.94), id);
            assertEquals("right thigh", siteAtNormalized(id, 0.5 - a.hip / 2, 0.03 + (a.head + a.neck + a.trunk + 0.1) * 0.94), id);
        }
        assertEquals("left side of face", siteAtNormalized("body-left-child", 0.44, 0.12));
        assertEquals("right eye", siteAtNormalized("head-face", 0.39, 0.41));
        assertEquals("left ear", siteAtNormalized("head-face", 0.795, 0.45));
        assertEquals("left thumb", siteAtNormalized("hands", 0.27 + 0.08 + 0.05, 0.26 - 0.0075), "back of left hand: thumb on the viewer's right");
        assertEquals("left thumb", siteAtNormalized("hands", 0.27 - 0.08 - 0.05, 0.76 - 0.0075), "left palm: thumb on the viewer's left");
        assertEquals("grid square C4", siteAtNormalized("room-grid", 0.05 + 2.5 * 0.09, 0.05 + 3.5 * 0.09));
        assertEquals(null, siteAtNormalized("body-front-child", 0.02, 0.98), "empty paper has no site");
    }

    @Test
    @DisplayName("R1-sketch: proportions differ by age: the head is a larger share of an infant's height than an adolescent's")
    void proportionsDifferByAge() {
        double infant = headHeight("body-front-infant");
        double child = headHeight("body-front-child");
        double adolescent = headHeight("body-front-adolescent");
        assertTrue(infant > child && child > adolescent, infant + " > " + child + " > " + adolescent);
    }

    private static double headHeight(String id) {
        List<Pt> head = t(id).outlines().get(0).points();
        return head.stream().mapToDouble(Pt::y).max().orElseThrow() - head.stream().mapToDouble(Pt::y).min().orElseThrow();
    }

    @Test
    @DisplayName("R1-sketch: an unknown template id falls back to blank for drawing, the ink still shows")
    void unknownFallsBack() {
        assertEquals("blank", SketchTemplates.orBlank("body-front-giant").id());
    }
}
