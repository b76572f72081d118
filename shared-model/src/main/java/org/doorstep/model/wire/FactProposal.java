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
 * @param relationFrom            for a relationship (R5.6-genogram): the person it runs from, by their
 *                                genogram key ("child", "m12"); absent for every other kind
 * @param relationKind            for a relationship: {@code parent-of}, {@code sibling-of}, {@code married},
 *                                {@code partnered}, {@code separated} or {@code divorced}
 * @param relationTo              for a relationship: the other person, by key
 * @param since                   for a relationship: since when (optional)
 * @param until                   for a relationship: until when, for a partnership that ended (optional)
 */
public record FactProposal(
        String proposalId,
        String kind,
        String value,
        Boolean parentalResponsibility,
        Long householdMemberId,
        String seenValue,
        String reason,
        String noteId,
        String relationFrom,
        String relationKind,
        String relationTo,
        java.time.LocalDate since,
        java.time.LocalDate until) {

    /** A proposal of any kind but a relationship: the relationship's parts are absent. */
    public FactProposal(String proposalId, String kind, String value, Boolean parentalResponsibility, Long householdMemberId,
                        String seenValue, String reason, String noteId) {
        this(proposalId, kind, value, parentalResponsibility, householdMemberId, seenValue, reason, noteId, null, null, null, null,
                null);
    }

    /** A relationship between two people of the genogram (R5.6-genogram), proposed for a supervisor to confirm. */
    public static FactProposal relationship(String proposalId, String from, String kind, String to, java.time.LocalDate since,
                                            java.time.LocalDate until, String reason) {
        return new FactProposal(proposalId, org.doorstep.model.record.ProposalKind.RELATIONSHIP.wire(), null, null, null, null,
                reason, null, from, kind, to, since, until);
    }
}
