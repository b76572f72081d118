package org.doorstep.model.wire;

import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/cases/{caseId}/record: the child's record as its allocated practitioner may see it. */
public record CaseRecord(
        String caseId,
        String childName,
        LocalDate dateOfBirth,
        List<CaseEntry> entries,
        List<ChronologyLine> chronology,
        boolean chainIntact) {
}
