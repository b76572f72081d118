package org.doorstep.model.wire;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tablet keeps of a case on the caseload: enough to visit with no signal, and to read the
 * basic record (R5.1-basic) and recent chronology (R5.5-chronology) read-only offline.
 * New components go at the end only, so older caches and clients keep reading.
 *
 * @param household        the current household as lines ("Jo Smith, mother (parental responsibility)"), kept for
 *                         tablets that do not read {@code householdMembers} yet
 * @param recentChronology the newest lines of the chronology (at most {@link #RECENT_CHRONOLOGY}), in date order
 * @param householdMembers the current household as data; null in a cache written before the server sent it
 * @param knownPeople      people the case's recent visits recorded as present who are not in the household
 *                         ({@link org.doorstep.model.visit.KnownPeople}); null in a cache written before the server sent it
 * @param lastVisitOutcome whether the visit at {@code lastVisit} went ahead, so a no-answer is not read as the child
 *                         seen (R5.2-failed); null when there is no visit, or from a server before it sent it
 * @param latestCaseSummary the latest 3-monthly case summary (R5.7-summary), the current worry to read before the
 *                         visit; null when none is written (or from an older server)
 * @param contactArrangements the child's contact arrangements as the record holds them now (R5.1-basic); null when
 *                         none are recorded (or from an older server)
 * @param recordedAs       why this practitioner has the case ({@link org.doorstep.model.visit.RecordedAs#wire()}): allocated,
 *                         covering or duty; null from a server before cover, read as allocated
 * @param coverUntil       for a case held as cover, the last day of the cover; null otherwise
 * @param property         the child's belongings and where they are (R5.4-child-property), sent for a child looked
 *                         after or one with items listed; null from an older server, or in a cache written before it
 * @param family           the genogram's people and relationships (R5.6-genogram), only among the people this summary
 *                         already names (the child and the current household); null from an older server
 * @param files            the case's documents and its visits' files that are not restricted (R1-media), newest
 *                         first; null from a server before it sent them
 * @param ecoMap           the case's latest eco-map (R5.6-genogram), from its latest visit that recorded one and is not
 *                         restricted, so the next visit starts from it; null when none, or from an older server
 */
public record CaseSummary(
        String caseId,
        String childName,
        LocalDate dateOfBirth,
        String address,
        String legalStatus,
        List<String> household,
        List<PlanRecommendation> planRecommendations,
        java.time.Instant lastVisit,
        String nhsNumber,
        String declaredGender,
        String placement,
        String communicationNeeds,
        List<ChronologyLine> recentChronology,
        List<HouseholdPerson> householdMembers,
        List<org.doorstep.model.visit.PresentPerson> knownPeople,
        org.doorstep.model.visit.VisitOutcome lastVisitOutcome,
        String latestCaseSummary,
        String contactArrangements,
        String recordedAs,
        LocalDate coverUntil,
        List<PropertyLine> property,
        org.doorstep.model.family.Family family,
        List<RecordFile> files,
        org.doorstep.model.family.EcoMap ecoMap) {

    /** A summary as servers before the child's property, the genogram and files sent it. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology, List<HouseholdPerson> householdMembers,
                       List<org.doorstep.model.visit.PresentPerson> knownPeople,
                       org.doorstep.model.visit.VisitOutcome lastVisitOutcome, String latestCaseSummary,
                       String contactArrangements, String recordedAs, LocalDate coverUntil) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, householdMembers, knownPeople,
                lastVisitOutcome, latestCaseSummary, contactArrangements, recordedAs, coverUntil, null, null, null, null);
    }

    /** This summary with the child's belongings (R5.4-child-property). */
    public CaseSummary withProperty(List<PropertyLine> items) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, lastVisitOutcome, latestCaseSummary, contactArrangements, recordedAs, coverUntil, items, family, files, ecoMap);
    }

    /** The child's belongings as listed, empty when none are (or the server did not send them). */
    public List<PropertyLine> propertyOrEmpty() {
        return property == null ? List.of() : property;
    }

    /** This summary with its genogram. */
    public CaseSummary withFamily(org.doorstep.model.family.Family f) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, lastVisitOutcome, latestCaseSummary, contactArrangements, recordedAs, coverUntil, property, f, files, ecoMap);
    }

    /** This summary with the case's files (R1-media). */
    public CaseSummary withFiles(List<RecordFile> list) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, lastVisitOutcome, latestCaseSummary, contactArrangements, recordedAs, coverUntil, property, family, list, ecoMap);
    }

    /** This summary with the case's latest eco-map (R5.6-genogram), or null for none. */
    public CaseSummary withEcoMap(org.doorstep.model.family.EcoMap map) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, lastVisitOutcome, latestCaseSummary, contactArrangements, recordedAs, coverUntil, property, family,
                files, map);
    }

    /**
     * The caseload's line about the last visit: "Last visit: no answer, 3 Dec" for one that did not go
     * ahead, so nobody reads a knock at a closed door as the child seen (R5.2-failed).
     */
    public String lastVisitLine(java.time.ZoneId zone) {
        if (lastVisit == null) {
            return "No visit recorded yet";
        }
        java.time.ZonedDateTime at = lastVisit.atZone(zone);
        if (lastVisitOutcome != null && lastVisitOutcome.failed()) {
            return "Last visit: " + lastVisitOutcome.shortLabel() + ", "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(at)
                    + " (child not seen)";
        }
        return "Last visit " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK).format(at);
    }

    /** How many of the newest chronology lines the tablet keeps. */
    public static final int RECENT_CHRONOLOGY = 20;

    /** A summary of a case held by allocation, as servers before cover sent them. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology, List<HouseholdPerson> householdMembers,
                       List<org.doorstep.model.visit.PresentPerson> knownPeople,
                       org.doorstep.model.visit.VisitOutcome lastVisitOutcome, String latestCaseSummary,
                       String contactArrangements) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, householdMembers, knownPeople,
                lastVisitOutcome, latestCaseSummary, contactArrangements, null, null);
    }

    /** A summary as servers before the last visit's outcome, the case summary, contact arrangements and cover sent it. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology, List<HouseholdPerson> householdMembers,
                       List<org.doorstep.model.visit.PresentPerson> knownPeople) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, householdMembers, knownPeople,
                null, null, null);
    }

    /** This summary as held on the given basis (R14-cover). */
    public CaseSummary heldAs(org.doorstep.model.visit.RecordedAs basis, LocalDate until) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, lastVisitOutcome, latestCaseSummary, contactArrangements, basis.wire(), until, property, family, files, ecoMap);
    }

    /** On which basis the tablet holds the case: allocated unless the server said otherwise. */
    public org.doorstep.model.visit.RecordedAs basis() {
        return org.doorstep.model.visit.RecordedAs.of(recordedAs).orElse(org.doorstep.model.visit.RecordedAs.ALLOCATED);
    }

    /** A summary without the people met at earlier visits, as servers before it sent them. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology, List<HouseholdPerson> householdMembers) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, householdMembers, null);
    }

    /** A summary without the household as data, as servers before it sent one. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, null, null);
    }
}
