package org.doorstep.server.notes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an operator sees of ingest at /q/metrics, in Prometheus's text format. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class IngestMetricsTest {

    @Inject
    TestWorld world;

    private static double value(String metrics, String name, Map<String, String> labels) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} ([0-9.eE+-]+)$").matcher(metrics);
        while (m.find()) {
            String l = m.group(1);
            if (labels.entrySet().stream().allMatch(e -> l.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    @DisplayName("R12-oversight: notes stored, sent again, refused by type and batch sizes are counted at /q/metrics, "
            + "beside the database pool's use")
    void ingestIsCounted() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        String before = metrics();

        SignedNote note = tablet.sign(tablet.visit(caseId));
        tablet.post(note).then().statusCode(201);
        tablet.post(note).then().statusCode(200);
        tablet.post(tablet.sign(tablet.visit("no-such-case"))).then().statusCode(404);
        tablet.postBatch(new NoteBatch(List.of(tablet.sign(tablet.visit(caseId)), tablet.sign(tablet.visit(caseId)))))
                .then().statusCode(200);
        String after = metrics();

        assertTrue(value(after, "doorstep_notes_stored_total", Map.of("via", "single"))
                - value(before, "doorstep_notes_stored_total", Map.of("via", "single")) >= 1, after);
        assertTrue(value(after, "doorstep_notes_already_held_total", Map.of("via", "single"))
                - value(before, "doorstep_notes_already_held_total", Map.of("via", "single")) >= 1);
        assertTrue(value(after, "doorstep_notes_stored_total", Map.of("via", "batch"))
                - value(before, "doorstep_notes_stored_total", Map.of("via", "batch")) >= 2);
        assertTrue(value(after, "doorstep_notes_refused_total", Map.of("via", "single"))
                - value(before, "doorstep_notes_refused_total", Map.of("via", "single")) >= 1, "a refusal is counted with its type");
        assertTrue(after.contains("doorstep_notes_batch_size_notes_count"), "batch sizes");
        assertTrue(after.contains("doorstep_notes_ingest_seconds_count{via=\"single\""), "server time per request");
        assertTrue(after.contains("agroal_active_count"), "the database pool's use");
    }
}
