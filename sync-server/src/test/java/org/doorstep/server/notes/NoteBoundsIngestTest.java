package org.doorstep.server.notes;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class NoteBoundsIngestTest {

    @Inject
    TestWorld world;

    private static Sketch sketchOf(int points) {
        List<InkPoint> ink = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ink.add(new InkPoint(i % 1000, i / 1000, i, 0.5));
        }
        return Sketch.of("blank", "Points", 1000, 1000, List.of(new Stroke(0x1a237e, 2.5, Tool.PEN, 0, ink)), List.of());
    }

    @Test
    @DisplayName("R1-sketch: a note with sketches past 50,000 points, or a signed note over 1 MB, is refused with 422 and nothing is stored")
    void boundsNoRealVisitReaches() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote drawn = Tablet.withSketches(tablet.visit(caseId), sketchOf(40_000), sketchOf(40_000));
        tablet.post(tablet.sign(drawn)).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invalid-note")).body("violations.field", hasItem("sketches"));
        String long19k = "The neighbour described what she saw in detail. ".repeat(400);
        VisitNote huge = Tablet.with(tablet.visit(caseId), n -> {
            var said = n.putArray("reportedByOthers");
            for (int i = 0; i < 60; i++) {
                said.add(org.doorstep.model.json.Json.tree(org.doorstep.model.record.Statement.reported(long19k,
                        org.doorstep.model.record.Statement.Kind.FACT, "Neighbour " + i)));
            }
        });
        tablet.post(tablet.sign(huge)).then().statusCode(422).body("violations.field", hasItem("note"));
        assertEquals(0, world.entries(caseId));
        tablet.post(tablet.sign(Tablet.withSketches(tablet.visit(caseId), sketchOf(3_000)))).then().statusCode(201);
    }
}
