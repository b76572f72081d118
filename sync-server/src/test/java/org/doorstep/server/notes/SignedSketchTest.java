package org.doorstep.server.notes;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.SurfaceSign;
import org.doorstep.model.sketch.Tool;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R1-sketch: a body map inside a signed note is kept exactly as signed, and any change to it after signing is refused. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
public class SignedSketchTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int W = 1280;
    private static final int H = 800;

    @Inject
    TestWorld world;

    String caseId;
    Tablet tablet;

    @BeforeEach
    void seed() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        caseId = world.childCase(practitioner);
        tablet = Tablet.enrolled(practitioner);
    }

    @Test
    @DisplayName("R1-sketch: a signed note with a body map is accepted and the case record holds the visit, sketch included, exactly as signed")
    void bodyMapStoredExactly() {
        VisitNote visit = withSketch(tablet.visit(caseId), bodyMap());
        SignedNote signed = tablet.sign(visit);

        tablet.post(signed).then().statusCode(201);

        assertEquals(new String(signed.canonicalBytes(), StandardCharsets.UTF_8), world.storedNoteJson(visit.noteId()),
                "the stored note is the signed canonical JSON, byte for byte");
        CaseRecord record = Json.read(tablet.record(caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertEquals(1, record.entries().size());
        VisitNote stored = record.entries().get(0).visit();
        assertEquals(visit, stored);
        assertEquals(bodyMap(), stored.sketches().get(0));
        assertEquals(SketchCodec.encode(bodyMap()), SketchCodec.encode(stored.sketches().get(0)));
    }

    @Test
    @DisplayName("R1-sketch: one stroke point moved by a quarter unit after signing is 422 invalid-signature and nothing is stored")
    void movedPointRefused() {
        SignedNote signed = tablet.sign(withSketch(tablet.visit(caseId), bodyMap()));
        SignedNote altered = alterSketch(signed, s -> {
            List<Stroke> strokes = new ArrayList<>(s.strokes());
            Stroke first = strokes.get(0);
            List<InkPoint> pts = new ArrayList<>(first.points());
            InkPoint p = pts.get(10);
            pts.set(10, new InkPoint(p.x() + 0.25, p.y(), p.t(), p.pressure()));
            strokes.set(0, new Stroke(first.rgb(), first.width(), first.tool(), first.startMs(), pts));
            return Sketch.of(s.templateId(), s.caption(), s.width(), s.height(), strokes, s.marks());
        });
        refused(signed, altered);
    }

    @Test
    @DisplayName("R1-sketch: a mark's explanation edited after signing is 422 invalid-signature and nothing is stored")
    void editedExplanationRefused() {
        SignedNote signed = tablet.sign(withSketch(tablet.visit(caseId), bodyMap()));
        ObjectNode note = signed.note().deepCopy();
        ObjectNode mark = (ObjectNode) note.get("sketches").get(0).get("marks").get(0);
        assertEquals("I fell off my bike", mark.get("childExplanation").asText());
        mark.put("childExplanation", "I fell off my bike at the park");
        refused(signed, new SignedNote(signed.deviceId(), note, signed.signature()));
    }

    private void refused(SignedNote signed, SignedNote altered) {
        assertNotEquals(new String(signed.canonicalBytes(), StandardCharsets.UTF_8),
                new String(altered.canonicalBytes(), StandardCharsets.UTF_8), "the test really changed the note");
        tablet.post(altered).then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("invalid-signature"))
                .body("detail", containsString("changed after it was signed"));
        assertEquals(0, world.entries(caseId));
        assertEquals(0, world.notesWithId(signed.noteId()));
    }

    /** The signed note with its first sketch decoded from the JSON tree, changed, and encoded back; the signature kept. */
    private static SignedNote alterSketch(SignedNote signed, UnaryOperator<Sketch> change) {
        ObjectNode note = signed.note().deepCopy();
        Sketch before = SketchCodec.fromTree(note.get("sketches").get(0));
        ((com.fasterxml.jackson.databind.node.ArrayNode) note.get("sketches")).set(0, SketchCodec.toTree(change.apply(before)));
        return new SignedNote(signed.deviceId(), note, signed.signature());
    }

    private static VisitNote withSketch(VisitNote visit, Sketch sketch) {
        return Tablet.with(visit, n -> n.putArray("sketches").add(SketchCodec.toTree(sketch)));
    }

    /** A body map as a practitioner draws one: a ring round the bruise, a highlighted area, two numbered marks. */
    public static Sketch bodyMap() {
        String templateId = "body-front-child";
        SketchTemplate t = SketchTemplates.find(templateId).orElseThrow();
        double[] forearm = centre(t, "forearm-left");
        double[] thigh = centre(t, "thigh-right");
        List<Stroke> strokes = List.of(
                ring(forearm[0], forearm[1], 34, 0xd32f2f, 4, 0),
                new Stroke(0xfdd835, 16, Tool.HIGHLIGHTER, 4_000, List.of(
                        new InkPoint(thigh[0] - 4, thigh[1] - 40, 0, 0.5), new InkPoint(thigh[0], thigh[1], 140, 0.5),
                        new InkPoint(thigh[0] + 4, thigh[1] + 40, 290, 0.5))));
        Mark placed = Mark.placed(1, forearm[0], forearm[1], t, W, H, MarkBasis.SEEN);
        Mark bruise = new Mark(1, placed.x(), placed.y(), placed.regionId(), placed.site(), 3.5, "oval",
                List.of("purple", "yellow"), false, true, List.of(SurfaceSign.SCAB), "I fell off my bike",
                "She fell off her bike at the park", MarkBasis.SEEN, "Monday evening");
        Mark told = Mark.placed(2, thigh[0], thigh[1], t, W, H, MarkBasis.REPORTED);
        return Sketch.of(templateId, "Bruising seen on Amelia's left forearm; mother said the thigh was also hurt", W, H,
                strokes, List.of(bruise, told));
    }

    private static double[] centre(SketchTemplate t, String regionId) {
        SketchTemplate.Region r = t.regions().stream().filter(x -> x.id().equals(regionId)).findFirst().orElseThrow();
        double x = r.polygon().stream().mapToDouble(SketchTemplate.Pt::x).average().orElseThrow();
        double y = r.polygon().stream().mapToDouble(SketchTemplate.Pt::y).average().orElseThrow();
        return SketchTemplate.toCanvas(W, H, new SketchTemplate.Pt(x, y));
    }

    /** A slightly wobbly ring, as a finger draws it. */
    private static Stroke ring(double cx, double cy, double r, int rgb, double width, long startMs) {
        List<InkPoint> pts = new ArrayList<>();
        for (int i = 0; i <= 64; i++) {
            double a = -Math.PI / 2 + 2.1 * Math.PI * i / 64;
            double wob = 1 + 0.05 * Math.sin(i * 0.7);
            pts.add(new InkPoint(cx + r * wob * Math.cos(a), cy + r * wob * Math.sin(a), i * 9, 0.5));
        }
        return new Stroke(rgb, width, Tool.PEN, startMs, pts);
    }
}
