package org.doorstep.model.wire;

import java.util.List;

/** GET /api/v1/caseload: the cases allocated to the signed-in practitioner. */
public record Caseload(String username, List<CaseSummary> cases) {
}
