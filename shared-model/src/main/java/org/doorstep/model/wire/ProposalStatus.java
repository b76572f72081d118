package org.doorstep.model.wire;

/** The answer to a proposal: its id and where it stands (pending, confirmed, rejected). */
public record ProposalStatus(String proposalId, String caseId, String kind, String status) {
}
