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
 * @param recordedAs       why this practitioner has the case ({@link org.doorstep.model.visit.RecordedAs#wire()}): allocated,
 *                         covering or duty; null from a server before cover, read as allocated
 * @param coverUntil       for a case held as cover, the last day of the cover; null otherwise
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
        String recordedAs,
        LocalDate coverUntil) {

    /** How many of the newest chronology lines the tablet keeps. */
    public static final int RECENT_CHRONOLOGY = 20;

    /** A summary of an allocated case, as servers before cover sent them. */
    public CaseSummary(String caseId, String childName, LocalDate dateOfBirth, String address, String legalStatus,
                       List<String> household, List<PlanRecommendation> planRecommendations, java.time.Instant lastVisit,
                       String nhsNumber, String declaredGender, String placement, String communicationNeeds,
                       List<ChronologyLine> recentChronology, List<HouseholdPerson> householdMembers,
                       List<org.doorstep.model.visit.PresentPerson> knownPeople) {
        this(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations, lastVisit, nhsNumber,
                declaredGender, placement, communicationNeeds, recentChronology, householdMembers, knownPeople, null, null);
    }

    /** This summary as held on the given basis (R14-cover). */
    public CaseSummary heldAs(org.doorstep.model.visit.RecordedAs basis, LocalDate until) {
        return new CaseSummary(caseId, childName, dateOfBirth, address, legalStatus, household, planRecommendations,
                lastVisit, nhsNumber, declaredGender, placement, communicationNeeds, recentChronology, householdMembers,
                knownPeople, basis.wire(), until);
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
