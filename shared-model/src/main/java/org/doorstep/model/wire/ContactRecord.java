package org.doorstep.model.wire;

import java.time.LocalDate;

/**
 * POST /api/v1/cases/{caseId}/contacts: a contact other than a visit (R5.3-contacts), recorded
 * the same way as a visit: who, what, the decisions and by whom, and the reasons.
 *
 * @param date      when it happened
 * @param method    call, letter, email or meeting
 * @param withWhom  who the contact was with (name and role)
 * @param what      what was said or sent, as facts
 * @param decisions what was decided (optional when nothing was)
 * @param decidedBy who decided (required when there are decisions)
 * @param reasons   the reasons for the decisions (required when there are decisions)
 */
public record ContactRecord(LocalDate date, String method, String withWhom, String what, String decisions,
                            String decidedBy, String reasons) {
}
