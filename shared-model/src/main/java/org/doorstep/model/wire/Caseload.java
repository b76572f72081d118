package org.doorstep.model.wire;

import java.util.List;

/**
 * GET /api/v1/caseload: the cases allocated to the signed-in practitioner. New components go at the
 * end only, so older caches and clients keep reading.
 *
 * @param approvedFormVersions the visit-form versions the server accepts notes on now (R2-form-approval);
 *                             null from a server or a cache older than this list
 * @param cases                the cases allocated to the practitioner and those they cover (R14-cover)
 * @param dutyCases            the unallocated cases of the practitioner's team, which a practitioner on duty may
 *                             visit with a reason (R14-cover); null from a server or a cache older than duty
 */
public record Caseload(String username, List<CaseSummary> cases, List<String> approvedFormVersions,
                       List<CaseSummary> dutyCases) {

    /** A caseload without a duty list, as servers before duty sent them. */
    public Caseload(String username, List<CaseSummary> cases, List<String> approvedFormVersions) {
        this(username, cases, approvedFormVersions, null);
    }

    /** The duty list, empty when the server sent none. */
    public List<CaseSummary> duty() {
        return dutyCases == null ? List.of() : dutyCases;
    }

    /** A case the tablet holds, on the caseload or the duty list. */
    public java.util.Optional<CaseSummary> find(String caseId) {
        return java.util.stream.Stream.concat(cases == null ? java.util.stream.Stream.empty() : cases.stream(), duty().stream())
                .filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    /**
     * Whether a note captured with this form version will be accepted, as far as the tablet last
     * heard. Advice only: without a list (an older server or cache) there is nothing to warn about,
     * and the server decides at sync either way.
     */
    public boolean approves(String formVersion) {
        return approvedFormVersions == null || approvedFormVersions.contains(formVersion);
    }
}
