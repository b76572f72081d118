package org.doorstep.model.wire;

import java.time.LocalDate;
import java.util.List;

/** What the tablet keeps of a case on the caseload: enough to visit with no signal. */
public record CaseSummary(
        String caseId,
        String childName,
        LocalDate dateOfBirth,
        String address,
        String legalStatus,
        List<String> household,
        List<PlanRecommendation> planRecommendations,
        java.time.Instant lastVisit) {
}
