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
        List<org.doorstep.model.visit.PresentPerson> knownPeople) {

    /** How many of the newest chronology lines the tablet keeps. */
    public static final int RECENT_CHRONOLOGY = 20;

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
