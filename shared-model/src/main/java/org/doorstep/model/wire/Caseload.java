package org.doorstep.model.wire;

import java.util.List;

/**
 * GET /api/v1/caseload: the cases allocated to the signed-in practitioner. New components go at the
 * end only, so older caches and clients keep reading.
 *
 * @param approvedFormVersions the visit-form versions the server accepts notes on now (R2-form-approval);
 *                             null from a server or a cache older than this list
 */
public record Caseload(String username, List<CaseSummary> cases, List<String> approvedFormVersions) {

    /**
     * Whether a note captured with this form version will be accepted, as far as the tablet last
     * heard. Advice only: without a list (an older server or cache) there is nothing to warn about,
     * and the server decides at sync either way.
     */
    public boolean approves(String formVersion) {
        return approvedFormVersions == null || approvedFormVersions.contains(formVersion);
    }
}
