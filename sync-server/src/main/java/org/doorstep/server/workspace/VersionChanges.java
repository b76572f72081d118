package org.doorstep.server.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a correction changed, in the words the visit page uses (R11-rectify): the fields whose signed
 * values differ between a version and the one it corrects. The ids, signing time and the amendment
 * itself always differ and are not news.
 */
final class VersionChanges {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("outcome", "Did the visit go ahead");
        LABELS.put("visitStart", "Visit started");
        LABELS.put("visitEnd", "Visit ended");
        LABELS.put("venue", "Venue");
        LABELS.put("present", "Who was present");
        LABELS.put("purpose", "Purpose");
        LABELS.put("interpreterUsed", "Interpreter");
        LABELS.put("interpreterLanguage", "Interpreter");
        LABELS.put("interpreterName", "Interpreter");
        LABELS.put("privacyNotice", "Privacy notice");
        LABELS.put("childSeen", "Child seen");
        LABELS.put("childSeenAlone", "Seen alone");
        LABELS.put("reasonNotSeen", "Reason not seen");
        LABELS.put("reasonNotSeenAlone", "Why not seen alone");
        LABELS.put("informationExchanged", "Information exchanged");
        LABELS.put("childViews", "The child's views");
        LABELS.put("childViewsSupport", "How the views were gathered");
        LABELS.put("carerViews", "Carers' views");
        LABELS.put("narrative", "What happened");
        LABELS.put("reportedByOthers", "What others said");
        LABELS.put("householdChanged", "Change in who lives in the household");
        LABELS.put("significantChange", "Significant change");
        LABELS.put("relationshipQuality", "Relationship with the child");
        LABELS.put("analysis", "Analysis against the plan");
        LABELS.put("strengths", "Strengths");
        LABELS.put("concerns", "Concerns");
        LABELS.put("propertyChanges", "The child's belongings");
        LABELS.put("ecoMap", "Eco-map");
        LABELS.put("actions", "Actions");
        LABELS.put("actionsAfterFailedVisit", "Actions after failed visit");
        LABELS.put("sketches", "Sketches");
        LABELS.put("suppliedBy", "Information supplied by");
        LABELS.put("author", "Completed and signed by");
        LABELS.put("formVersion", "Form version");
    }

    private VersionChanges() {
    }

    /** The labels of the fields that differ, in the order the page shows them, each once. */
    static List<String> between(JsonNode earlier, JsonNode later) {
        List<String> changed = new ArrayList<>();
        LABELS.forEach((field, label) -> {
            if (!same(earlier.path(field), later.path(field)) && !changed.contains(label)) {
                changed.add(label);
            }
        });
        return changed;
    }

    /** A field a note signed before the form asked for it reads as not given, like an explicit null. */
    private static boolean same(JsonNode a, JsonNode b) {
        boolean aNone = a.isMissingNode() || a.isNull();
        boolean bNone = b.isMissingNode() || b.isNull();
        return aNone || bNone ? aNone == bNone : a.equals(b);
    }
}
