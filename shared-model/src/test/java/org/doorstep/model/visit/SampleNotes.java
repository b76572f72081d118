package org.doorstep.model.visit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.Statement;

/** A complete, valid visit note that each test changes in the one way it is about. */
public final class SampleNotes {

    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    public static final Instant END = Instant.parse("2026-11-24T11:00:00Z");
    public static final Instant SIGNED = Instant.parse("2026-11-24T11:30:00Z");

    private SampleNotes() {
    }

    public static VisitNote complete() {
        return new VisitNote("01935f3e-8a4b-7c2d-9e1f-123456789abc", "case-1001", "visit-2", VisitOutcome.COMPLETED,
                START, END, "Family home, 12 Elm Road", List.of(new PresentPerson("Jade Smith", "mother"),
                new PresentPerson("Amelia Smith", "child")), "Statutory visit under the child protection plan",
                true, true, null, false, null, null,
                "I explained the date of the review meeting; Ms Smith gave me the school's new phone number.",
                "Amelia said she likes her new school and \"feels safe\" at home.",
                "Talked alone in her bedroom; no support needed.",
                "Ms Smith said the new routine is working.",
                "Visited at home. Amelia showed me her bedroom. The house was warm and clean.",
                List.of(Statement.reported("Amelia has been on time every day this month.", Statement.Kind.FACT,
                        "Mr Jones (head teacher, by phone)")),
                false, null,
                "Amelia chatted easily and showed me her drawings; she seems to trust me.",
                List.of(new PlanAnalysis("rec-1", "School attendance is now good, so this part of the plan is working.")),
                List.of(new VisitAction("Check attendance with the school", "Sam Practitioner", LocalDate.of(2026, 12, 8))),
                null, new PrivacyNotice(true, "English, printed leaflet"), List.of(), null,
                "sam.practitioner", SIGNED);
    }

    /** A visit that did not go ahead: nobody answered the door (R5.2-failed). */
    public static VisitNote noResponse() {
        return new VisitNote("01935f3e-8a4b-7c2d-9e1f-123456789abd", "case-1001", "visit-2", VisitOutcome.NO_RESPONSE,
                START, END, "Family home, 12 Elm Road", List.of(new PresentPerson("Sam Practitioner", "social worker")),
                "Statutory visit under the child protection plan",
                null, null, null, null, null, null, null, null, null, null,
                "Knocked three times at 10:00 and 10:20; no answer; curtains drawn.",
                List.of(), null, null, null, List.of(), List.of(),
                "Left a card asking Ms Smith to call me; phoned her mobile (no answer); told my manager.",
                null, List.of(), null, "sam.practitioner", SIGNED);
    }

    /** {@code note} with its JSON changed by {@code change}, e.g. {@code n -> n.put("venue", "")}. */
    public static VisitNote with(VisitNote note, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) Json.tree(note);
        change.accept(tree);
        return Json.convert(tree, VisitNote.class);
    }

    /** {@code original} corrected: the same visit under a new id, naming the original and why (R11-rectify). */
    public static VisitNote correctionOf(VisitNote original, String noteId, String reason) {
        return with(original, n -> {
            n.put("noteId", noteId);
            n.putObject("amendment").put("amends", original.noteId()).put("reason", reason);
        });
    }

    public static VisitNote notSeen(String reason) {
        return with(complete(), n -> {
            n.put("childSeen", false);
            n.put("childSeenAlone", false);
            n.put("reasonNotSeen", reason);
            n.putNull("childViews");
            n.putNull("childViewsSupport");
        });
    }
}
