package org.doorstep.server;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorstep.model.record.Statement;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;

/** A test tablet: its own key, enrolled for one practitioner, holding a token; it talks as the app will. */
public final class Tablet {

    public final SigningKey key = SigningKey.generate();
    public final String username;
    public String deviceId;
    public String token;
    private final NoteIds ids = new NoteIds(Clock.systemUTC());

    private Tablet(String username) {
        this.username = username;
    }

    public static Tablet enrolled(String username) {
        return enrolled(username, "Test tablet");
    }

    /** Enrolled under the name the practitioner gives the tablet when setting it up. */
    public static Tablet enrolled(String username, String deviceName) {
        Tablet t = new Tablet(username);
        Enrolment e = Json.read(given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(username, TestWorld.PASSWORD, deviceName, t.key.verifyingKey().base64())))
                .post("/api/v1/enrolments").then().statusCode(201).extract().asString(), Enrolment.class);
        t.deviceId = e.deviceId();
        // Its supervisor's approval (R13-accounts), as the Tablets page gives it; DeviceApprovalTest goes through the page.
        io.quarkus.arc.Arc.container().instance(TestWorld.class).get().approve(t.deviceId);
        t.token = t.newToken();
        return t;
    }

    /** Enrolled and not yet approved: it gets tokens but no caseload. */
    public static Tablet awaitingApproval(String username) {
        Tablet t = new Tablet(username);
        Enrolment e = Json.read(given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(username, TestWorld.PASSWORD, "New tablet", t.key.verifyingKey().base64())))
                .post("/api/v1/enrolments").then().statusCode(201).extract().asString(), Enrolment.class);
        t.deviceId = e.deviceId();
        t.token = t.newToken();
        return t;
    }

    /**
     * The tablet app's own sync client ({@code ServerApi}), enrolled for {@code practitioner} with a fresh
     * key, talking to this server over real HTTP.
     */
    public static org.doorstep.app.sync.ServerApi client(java.net.URI base, String practitioner) {
        SigningKey key = SigningKey.generate();
        Clock clock = Clock.systemUTC();
        Enrolment e = new org.doorstep.app.sync.ServerApi(base, clock).enrol(new EnrolmentRequest(practitioner,
                TestWorld.PASSWORD, "app client", key.verifyingKey().base64()));
        // approved by its supervisor (R13-accounts), as enrolled() is
        io.quarkus.arc.Arc.container().instance(TestWorld.class).get().approve(e.deviceId());
        return new org.doorstep.app.sync.ServerApi(base, e.deviceId(), key, clock);
    }

    public String newToken() {
        Challenge c = Json.read(given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest(deviceId)))
                .post("/api/v1/tokens/challenges").then().statusCode(200).extract().asString(), Challenge.class);
        String sig = key.signBase64(TokenChallenge.message(deviceId, c.challenge()));
        return Json.read(given().contentType(ContentType.JSON).body(Json.write(new TokenRequest(deviceId, c.challenge(), sig)))
                .post("/api/v1/tokens").then().statusCode(200).extract().asString(), AccessToken.class).token();
    }

    /** A complete, valid visit to this case, signed half an hour ago. */
    public VisitNote visit(String caseId) {
        return visit(caseId, "Visited at home. The house was warm and clean. Amelia showed me her room.");
    }

    public VisitNote visit(String caseId, String narrative) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return visit(caseId, narrative, now.minus(1, ChronoUnit.HOURS), now.minus(30, ChronoUnit.MINUTES));
    }

    /** A complete visit that ended at {@code end} and was signed at {@code signedAt}. */
    public VisitNote visit(String caseId, String narrative, Instant end, Instant signedAt) {
        return new VisitNote(ids.next().toString(), caseId, "visit-2", VisitOutcome.COMPLETED,
                end.minus(1, ChronoUnit.HOURS), end, "Family home, 12 Elm Road",
                List.of(new PresentPerson("Jade Smith", "mother"), new PresentPerson("Amelia Smith", "child")),
                "Statutory visit under the child protection plan", true, true, null, false, null, null,
                "Gave Ms Smith the date of the review meeting.",
                "Amelia said she likes her new school.", "Talked alone in her room; no help needed.",
                "Ms Smith said the new routine is working.", narrative,
                List.of(Statement.reported("Amelia was on time every day this month.", Statement.Kind.FACT,
                        "Mr Jones (head teacher)")),
                false, null, "Amelia talked to me easily.",
                List.of(new PlanAnalysis(TestWorld.recommendation(caseId), "Attendance is good; this part of the plan is working.")),
                List.of(new VisitAction("Check attendance with the school", username, LocalDate.of(2026, 12, 8))),
                null, new PrivacyNotice(true, "English, printed leaflet"), List.of(), null,
                username, signedAt);
    }

    /** A visit that did not go ahead: nobody answered the door (R5.2-failed). */
    public VisitNote noResponse(String caseId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new VisitNote(ids.next().toString(), caseId, "visit-2", VisitOutcome.NO_RESPONSE,
                now.minus(2, ChronoUnit.HOURS), now.minus(110, ChronoUnit.MINUTES), "Family home, 12 Elm Road",
                List.of(new PresentPerson("Test Practitioner", "social worker")), "Unannounced visit",
                null, null, null, null, null, null, null, null, null, null,
                "Knocked three times; no answer; curtains drawn.", List.of(), null, null, null, List.of(), List.of(),
                "Left a card; phoned the mother (no answer); told my manager.", null, List.of(), null,
                username, now.minus(30, ChronoUnit.MINUTES));
    }

    /** {@code note} with its JSON changed, e.g. {@code n -> n.put("narrative", "")}. */
    public static VisitNote with(VisitNote note, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) Json.tree(note);
        change.accept(tree);
        return Json.convert(tree, VisitNote.class);
    }

    /**
     * A correction of {@code earlier} (R11-rectify): the same visit under a new id, signed now by this
     * tablet's practitioner, naming the note it corrects and why, changed by {@code change}.
     */
    public VisitNote correction(VisitNote earlier, String reason, Consumer<ObjectNode> change) {
        String id = ids.next().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return with(earlier, n -> {
            n.put("noteId", id);
            n.set("signedAt", Json.tree(now));
            n.put("author", username);
            n.putObject("amendment").put("amends", earlier.noteId()).put("reason", reason);
            change.accept(n);
        });
    }

    /** {@code note} holding these sketches (R1-sketch), encoded as the tablet encodes them. */
    public static VisitNote withSketches(VisitNote note, Sketch... sketches) {
        return with(note, n -> {
            var array = n.putArray("sketches");
            for (Sketch s : sketches) {
                array.add(SketchCodec.toTree(s));
            }
        });
    }

    public SignedNote sign(VisitNote visit) {
        return SignedNote.sign(visit, deviceId, key);
    }

    public Response post(Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(body instanceof String s ? s : Json.write(body)).post("/api/v1/notes");
    }

    public Response postBatch(Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(body instanceof String s ? s : Json.write(body)).post("/api/v1/notes/batch");
    }

    public Response record(String caseId) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/cases/" + caseId + "/record");
    }
}
