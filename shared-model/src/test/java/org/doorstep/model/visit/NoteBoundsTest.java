package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoteBoundsTest {

    private final VisitRules rules = new VisitRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    static Sketch sketchOf(int points) {
        List<InkPoint> ink = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ink.add(new InkPoint(i % 1000, i / 1000, i, 0.5));
        }
        return Sketch.of("blank", "Points", 1000, 1000, List.of(new Stroke(0x1a237e, 2.5, Tool.PEN, 0, ink)), List.of());
    }

    private static VisitNote withSketches(VisitNote note, List<Sketch> sketches) {
        return SampleNotes.with(note, n -> {
            var array = n.putArray("sketches");
            sketches.forEach(s -> array.add(org.doorstep.model.sketch.SketchCodec.toTree(s)));
        });
    }

    @Test
    @DisplayName("R1-sketch: a note's sketches may hold at most 50,000 points and 20 sketches; a real visit's few thousand pass")
    void sketchPointsAreBounded() {
        assertEquals(List.of(), rules.checkSigned(withSketches(SampleNotes.complete(), List.of(sketchOf(5_000)))));
        List<Violation> tooMany = rules.checkSigned(withSketches(SampleNotes.complete(),
                List.of(sketchOf(30_000), sketchOf(30_000))));
        assertTrue(tooMany.stream().anyMatch(v -> v.field().equals("sketches") && v.message().contains("50000")), tooMany.toString());
        List<Sketch> many = new ArrayList<>();
        for (int i = 0; i < VisitRules.MAX_SKETCHES + 1; i++) {
            many.add(sketchOf(3));
        }
        assertTrue(rules.checkSigned(withSketches(SampleNotes.complete(), many)).stream()
                .anyMatch(v -> v.message().contains("at most 20 sketches")));
    }

    @Test
    @DisplayName("R5.2-present: lists in a note are bounded (people present, analysis, actions, statements)")
    void listsAreBounded() {
        VisitNote crowded = SampleNotes.with(SampleNotes.complete(), n -> {
            var present = n.putArray("present");
            for (int i = 0; i < VisitRules.MAX_ROWS + 1; i++) {
                present.addObject().put("name", "Person " + i).put("role", "neighbour");
            }
        });
        assertTrue(rules.checkSigned(crowded).stream().anyMatch(v -> v.field().equals("present")
                && v.message().contains("at most 50 people present")));
    }

    @Test
    @DisplayName("R1-signed: a signed note over 1 MB is refused; one under passes")
    void noteSizeIsBounded() {
        assertEquals(List.of(), VisitRules.checkSize(900_000));
        assertEquals("note", VisitRules.checkSize(1_000_001).get(0).field());
    }
}
