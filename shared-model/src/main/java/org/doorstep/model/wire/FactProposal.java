package org.doorstep.model.wire;

/**
 * POST /api/v1/cases/{caseId}/proposals: a change to a fact of the case that a visit found, for a
 * supervisor to confirm or reject.
 *
 * @param proposalId              made on the tablet (a UUID), so a resend is recognised, not doubled
 * @param kind                    a {@link org.doorstep.model.record.ProposalKind} wire name
 * @param value                   the proposed value (a new member's "name, relationship", the new
 *                                communication needs, name or gender); for a leaver, where they went (optional)
 * @param parentalResponsibility  for a new household member: whether they hold parental responsibility
 * @param householdMemberId       for a leaver: which member
 * @param seenValue               what the tablet showed as current when the practitioner proposed this
 *                                (optional), so a supervisor sees when the fact changed since
 * @param reason                  why, in the practitioner's words
 * @param noteId                  the visit note it came from (optional)
 */
public record FactProposal(
        String proposalId,
        String kind,
        String value,
        Boolean parentalResponsibility,
        Long householdMemberId,
        String seenValue,
        String reason,
        String noteId) {
}
