package org.doorstep.app.visit;

import java.util.List;
import java.util.Set;

import org.doorstep.model.visit.VisitOutcome;

/**
 * The wizard's steps, each with the {@code VisitNote} fields whose rules it shows. Which steps a
 * visit goes through depends on its outcome: a visit that did not go ahead takes the short path
 * (R5.2-failed).
 */
public enum Step {
    OUTCOME("Did the visit go ahead?", Set.of("outcome")),
    WHEN_WHERE("When and where", Set.of("visitStart", "visitEnd", "venue", "purpose", "dutyReason")),
    PRESENT("Who was present", Set.of("present", "interpreterUsed", "interpreterLanguage", "interpreterName", "suppliedBy")),
    CHILD("The child", Set.of("childSeen", "childSeenAlone", "reasonNotSeen", "reasonNotSeenAlone")),
    VIEWS("Views", Set.of("childViews", "childViewsSupport", "carerViews")),
    DISCUSSION("What happened", Set.of("informationExchanged", "narrative", "reportedByOthers")),
    CHANGES("Changes", Set.of("householdChanged", "significantChange", "relationshipQuality", "propertyChanges",
            org.doorstep.model.family.EcoMap.FIELD)),
    ANALYSIS("Analysis and actions", Set.of("analysis", "strengths", "concerns", "actions")),
    PRIVACY("Privacy notice", Set.of("privacyNotice")),
    FAILED("What happened and what you did", Set.of("narrative", "actionsAfterFailedVisit")),
    REVIEW("Review and sign", Set.of("amendmentReason")),
    /** Listed after REVIEW only to keep the ordinals that saved drafts hold; its place in the path is before review. */
    SKETCHES("Sketches and body maps", Set.of("sketches", "attachments"));

    private static final List<Step> COMPLETED = List.of(OUTCOME, WHEN_WHERE, PRESENT, CHILD, VIEWS, DISCUSSION,
            CHANGES, ANALYSIS, PRIVACY, SKETCHES, REVIEW);
    private static final List<Step> FAILED_PATH = List.of(OUTCOME, WHEN_WHERE, PRESENT, FAILED, REVIEW);

    private final String title;
    private final Set<String> fields;

    Step(String title, Set<String> fields) {
        this.title = title;
        this.fields = fields;
    }

    public String title() {
        return title;
    }

    public Set<String> fields() {
        return fields;
    }

    /** Whether this step shows the rule's field; a row's field ("ecoMap-2-name") belongs where its list is. */
    public boolean shows(String field) {
        int dash = field.indexOf('-');
        return fields.contains(field) || dash > 0 && fields.contains(field.substring(0, dash));
    }

    /** Where a saved draft stands, in the wizard's own words: "step 3 of 11, Who was present". */
    public static String where(VisitDraft d) {
        List<Step> path = path(d.outcome);
        Step at = values()[Math.min(Math.max(d.step, 0), values().length - 1)];
        if (!path.contains(at)) {
            at = OUTCOME;
        }
        return "step " + (path.indexOf(at) + 1) + " of " + path.size() + ", " + at.title();
    }

    /** The steps a visit with this outcome goes through, in order (the full path until it is known). */
    public static List<Step> path(VisitOutcome outcome) {
        return outcome != null && outcome.failed() ? FAILED_PATH : COMPLETED;
    }
}
