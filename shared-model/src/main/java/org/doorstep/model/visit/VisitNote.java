package org.doorstep.model.visit;

import java.time.Instant;
import java.util.List;
import org.doorstep.model.record.Statement;
import org.doorstep.model.sketch.Sketch;

/**
 * One home visit as the practitioner signed it. Immutable: a correction is a new note that names
 * this one. Times are instants (UTC); the tablet shows them in the practitioner's zone. Whether the
 * note is a 'Late Entry' is not part of it: that follows from {@code visitEnd} and {@code signedAt}
 * ({@link org.doorstep.model.timely.LateEntryPolicy}).
 *
 * <p>Fact and opinion are kept apart by where things are written (R11-fact-opinion): the
 * {@code narrative} and {@code informationExchanged} hold what the practitioner saw, heard and said;
 * {@code childViews} and {@code carerViews} hold those people's own views; what anyone else told the
 * practitioner goes in {@code reportedByOthers}, each with who said it and whether it is fact or
 * that person's opinion; the practitioner's own judgements go in {@code relationshipQuality} and
 * {@code analysis}, which the record labels as assessment.
 *
 * @param noteId                 UUID v7 made on the device, so the id is known offline and sorts by time
 * @param formVersion            the approved visit-form version the note was captured with (R2-form-approval)
 * @param outcome                whether the visit went ahead; anything else is a failed visit (R5.2-failed)
 * @param childSeenAlone         only meaningful when the child was seen
 * @param reasonNotSeen          required when the child was not seen (R5.2-child-seen)
 * @param informationExchanged   information given to and received from the family (R5.2-information)
 * @param childViewsSupport      how the child's views were gathered and any communication support used (R5.2-child-views)
 * @param narrative              a succinct, factual account; for a failed visit, what happened
 * @param reportedByOthers       third-party information, each statement with who said it (R11-fact-opinion)
 * @param householdChanged       whether who lives in the household has changed (R5.2-change)
 * @param significantChange      the change in circumstances, required when the household changed (R5.2-change)
 * @param relationshipQuality    the practitioner's assessment of their relationship with the child (R5.2-relationship)
 * @param analysis               the visit's outcome against the plan's recommendations (R5.2-analysis)
 * @param actions                what is to be done, by whom, by when
 * @param actionsAfterFailedVisit for a failed visit: what the practitioner did next (R5.2-failed)
 * @param privacyNotice          whether the privacy notice was given, language or format (R3-privacy-notice)
 * @param sketches               drawings that are part of the note (R1-sketch); may be empty
 * @param suppliedBy             who supplied the information when the author was not at the visit; null when the author was there (R4-author)
 * @param author                 username of the practitioner who completes and signs the note (R4-author)
 * @param signedAt               the device clock when the practitioner signed
 * @param amendment              for a correction: the note it corrects and why; null for a first record (R11-rectify)
 * @param reasonNotSeenAlone     why a child who was seen was not seen alone, required then (R5.2-child-seen); null
 *                               otherwise, and in notes signed before the form asked it
 * @param dutyReason             for a duty visit to an unallocated case: why the practitioner on duty visited, in
 *                               their words (R14-cover); null otherwise. Signed, as it is the practitioner's account
 * @param attachments            documents and photos of the visit, each named by its SHA-256 (R1-media); may be empty.
 *                               Left out of the JSON when empty, so a note without any has the very canonical bytes
 *                               (and signature) it had before notes could carry files
 * @param strengths              what is going well for the child and family, in the practitioner's assessment (R5.4-balance)
 * @param concerns               what worries the practitioner (R5.4-balance). Each may be empty; a note with only one of
 *                               them is flagged for the supervisor ({@link #balance()}), never refused. Both are left out
 *                               of the JSON when empty, so older notes keep their canonical bytes and signatures
 * @param propertyChanges        changes to the child's belongings recorded at the visit (R5.4-child-property), applied
 *                               to the case's property list at merge; may be empty, and then left out of the JSON
 * @param ecoMap                 the child's eco-map as recorded at the visit (R5.6-genogram): the people and services
 *                               round the child and the strength of each tie; null when none was recorded, and then
 *                               left out of the JSON, so notes signed before keep their canonical bytes and signatures
 */
public record VisitNote(
        String noteId,
        String caseId,
        String formVersion,
        VisitOutcome outcome,
        Instant visitStart,
        Instant visitEnd,
        String venue,
        List<PresentPerson> present,
        String purpose,
        Boolean childSeen,
        Boolean childSeenAlone,
        String reasonNotSeen,
        Boolean interpreterUsed,
        String interpreterLanguage,
        String interpreterName,
        String informationExchanged,
        String childViews,
        String childViewsSupport,
        String carerViews,
        String narrative,
        List<Statement> reportedByOthers,
        Boolean householdChanged,
        String significantChange,
        String relationshipQuality,
        List<PlanAnalysis> analysis,
        List<VisitAction> actions,
        String actionsAfterFailedVisit,
        PrivacyNotice privacyNotice,
        List<Sketch> sketches,
        String suppliedBy,
        String author,
        Instant signedAt,
        Amendment amendment,
        String reasonNotSeenAlone,
        String dutyReason,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<org.doorstep.model.media.Attachment> attachments,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        String strengths,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        String concerns,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<org.doorstep.model.property.PropertyChange> propertyChanges,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        org.doorstep.model.family.EcoMap ecoMap) {

    public VisitNote {
        propertyChanges = copy(propertyChanges);
        present = copy(present);
        reportedByOthers = copy(reportedByOthers);
        analysis = copy(analysis);
        actions = copy(actions);
        sketches = copy(sketches);
        attachments = copy(attachments);
    }

    /** A note without strengths and concerns recorded apart, as every note was before the form asked them. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt, Amendment amendment,
                     String reasonNotSeenAlone, String dutyReason, List<org.doorstep.model.media.Attachment> attachments) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, reasonNotSeenAlone, dutyReason,
                attachments, null, null, List.of(), null);
    }

    /** This note with the child's eco-map as recorded at the visit (R5.6-genogram); null for none. */
    public VisitNote withEcoMap(org.doorstep.model.family.EcoMap map) {
        return withLater(dutyReason, attachments, strengths, concerns, propertyChanges, map);
    }

    /** A note without changes to the child's belongings, as every note was before the form asked them. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt, Amendment amendment,
                     String reasonNotSeenAlone, String dutyReason, List<org.doorstep.model.media.Attachment> attachments,
                     String strengths, String concerns) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, reasonNotSeenAlone, dutyReason,
                attachments, strengths, concerns, List.of(), null);
    }

    /** This note with changes to the child's belongings recorded at the visit (R5.4-child-property). */
    public VisitNote withPropertyChanges(List<org.doorstep.model.property.PropertyChange> changes) {
        return withLater(dutyReason, attachments, strengths, concerns, changes, ecoMap);
    }

    /** This note with the strengths and concerns the practitioner recorded apart (R5.4-balance). */
    public VisitNote withBalance(String strengthsSeen, String concernsHeld) {
        return withLater(dutyReason, attachments, strengthsSeen, concernsHeld, propertyChanges, ecoMap);
    }

    /**
     * This note with the fields the form gained after its first version set anew: the one place the
     * record's full constructor is called for a copy, so a field added later is added here once.
     */
    private VisitNote withLater(String duty, List<org.doorstep.model.media.Attachment> files, String strengthsSeen,
                                String concernsHeld, List<org.doorstep.model.property.PropertyChange> changes,
                                org.doorstep.model.family.EcoMap map) {
        return new VisitNote(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose,
                childSeen, childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, reasonNotSeenAlone, duty, files,
                strengthsSeen, concernsHeld, changes, map);
    }

    /** Whether the note records strengths and concerns both, one side only, or neither (R5.4-balance). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public org.doorstep.model.record.Balance balance() {
        return org.doorstep.model.record.Balance.of(strengths, concerns);
    }

    /** A note without attachments, as every note was before they could carry files. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt, Amendment amendment,
                     String reasonNotSeenAlone, String dutyReason) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, reasonNotSeenAlone, dutyReason,
                List.of());
    }

    /** This note naming the given documents and photos (R1-media). */
    public VisitNote withAttachments(List<org.doorstep.model.media.Attachment> files) {
        return withLater(dutyReason, files, strengths, concerns, propertyChanges, ecoMap);
    }

    /** A note recorded by the allocated worker or a practitioner covering: no duty reason. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt, Amendment amendment,
                     String reasonNotSeenAlone) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, reasonNotSeenAlone, null);
    }

    /** A note as signed before the form asked why a child seen was not seen alone. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt, Amendment amendment) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, amendment, null);
    }

    /** This note with the reason a practitioner on duty gives for visiting an unallocated case (R14-cover). */
    public VisitNote onDuty(String reason) {
        return withLater(reason, attachments, strengths, concerns, propertyChanges, ecoMap);
    }

    /** A first record of the visit: it corrects no earlier note. */
    public VisitNote(String noteId, String caseId, String formVersion, VisitOutcome outcome, Instant visitStart,
                     Instant visitEnd, String venue, List<PresentPerson> present, String purpose, Boolean childSeen,
                     Boolean childSeenAlone, String reasonNotSeen, Boolean interpreterUsed, String interpreterLanguage,
                     String interpreterName, String informationExchanged, String childViews, String childViewsSupport,
                     String carerViews, String narrative, List<Statement> reportedByOthers, Boolean householdChanged,
                     String significantChange, String relationshipQuality, List<PlanAnalysis> analysis,
                     List<VisitAction> actions, String actionsAfterFailedVisit, PrivacyNotice privacyNotice,
                     List<Sketch> sketches, String suppliedBy, String author, Instant signedAt) {
        this(noteId, caseId, formVersion, outcome, visitStart, visitEnd, venue, present, purpose, childSeen,
                childSeenAlone, reasonNotSeen, interpreterUsed, interpreterLanguage, interpreterName,
                informationExchanged, childViews, childViewsSupport, carerViews, narrative, reportedByOthers,
                householdChanged, significantChange, relationshipQuality, analysis, actions, actionsAfterFailedVisit,
                privacyNotice, sketches, suppliedBy, author, signedAt, null, null);
    }

    /**
     * The practitioner's free text, each with the name of the field it is in, in form order: what the
     * plain-language check reads (R10-plain). Empty fields are left out.
     */
    public java.util.Map<String, String> freeText() {
        java.util.Map<String, String> t = new java.util.LinkedHashMap<>();
        put(t, "Venue", venue);
        put(t, "Purpose", purpose);
        put(t, "Why the child was not seen", reasonNotSeen);
        put(t, "Why the child was not seen alone", reasonNotSeenAlone);
        put(t, "Why you visited on duty", dutyReason);
        put(t, "The child's views", childViews);
        put(t, "How the child's views were gathered", childViewsSupport);
        put(t, "Parent's or carer's views", carerViews);
        put(t, "Information exchanged", informationExchanged);
        put(t, failedVisit() ? "What happened" : "What happened (fact)", narrative);
        for (int i = 0; i < reportedByOthers.size(); i++) {
            put(t, "What others told you " + (i + 1), reportedByOthers.get(i) == null ? null : reportedByOthers.get(i).text());
        }
        put(t, "Significant changes", significantChange);
        put(t, "Relationship with the child", relationshipQuality);
        for (int i = 0; i < analysis.size(); i++) {
            put(t, "Analysis " + (i + 1), analysis.get(i) == null ? null : analysis.get(i).text());
        }
        put(t, "Strengths", strengths);
        put(t, "Concerns", concerns);
        for (int i = 0; i < propertyChanges.size(); i++) {
            org.doorstep.model.property.PropertyChange c = propertyChanges.get(i);
            put(t, "The child's belongings " + (i + 1), c == null ? null
                    : java.util.stream.Stream.of(c.description(), c.location()).filter(x -> x != null && !x.isBlank())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        for (int i = 0; i < actions.size(); i++) {
            put(t, "Action " + (i + 1), actions.get(i) == null ? null : actions.get(i).what());
        }
        put(t, "What you did next", actionsAfterFailedVisit);
        put(t, "Why the earlier note needs correcting", amendment == null ? null : amendment.reason());
        return t;
    }

    private static void put(java.util.Map<String, String> t, String field, String text) {
        if (text != null && !text.isBlank()) {
            t.put(field, text);
        }
    }

    /** True when this note corrects an earlier one (R11-rectify). */
    public boolean correction() {
        return amendment != null;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public boolean childWasSeen() {
        return Boolean.TRUE.equals(childSeen);
    }

    public boolean interpreterWasUsed() {
        return Boolean.TRUE.equals(interpreterUsed);
    }

    /** True when the visit did not go ahead (no response, refused, cancelled). */
    public boolean failedVisit() {
        return outcome != null && outcome.failed();
    }

    /** A one-line fact for the chronology: what happened, never an opinion (R5.5-chronology). */
    public String chronologySummary() {
        if (failedVisit()) {
            return "Home visit at " + venue + " (" + purpose + ") did not go ahead: "
                    + outcome.label().toLowerCase(java.util.Locale.ENGLISH) + "; child not seen.";
        }
        String seen = childWasSeen()
                ? (Boolean.TRUE.equals(childSeenAlone) ? "child seen alone" : "child seen, not alone")
                : "child not seen";
        String household = Boolean.TRUE.equals(householdChanged) ? "; change in who lives in the household" : "";
        return "Home visit at " + venue + " (" + purpose + "); " + seen + household + ".";
    }
}
