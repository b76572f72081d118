package org.doorstep.server.cases;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A case as its management page shows it: who the child legally is, the referral, where the case
 * is now, its moves with who, when and why, and the history of each fact of its legal identity.
 */
@TemplateData
public record CaseView(String caseId, String legalName, String bornOn, String address, String nhsNumber,
                       String referredOn, String referralSource, String team, String allocatedTo, String closedOn,
                       Pending pending, boolean mayMove, boolean mayCorrect, List<Move> moves, List<Fact> identity) {

    /** A transfer audited and waiting for the receiving team's manager. */
    @TemplateData
    public record Pending(long id, String toTeam, String toPractitioner, String auditedBy, String auditedAt) {
    }

    /** One move or decision about the case, newest first. */
    @TemplateData
    public record Move(String when, String what, String by, String why) {
    }

    /** One fact of the legal identity with its values, current first. */
    @TemplateData
    public record Fact(String wire, String label, String current, List<Value> values) {
    }

    @TemplateData
    public record Value(String value, String from, String recordedBy, String recordedAt, String evidence) {
    }

    public boolean closed() {
        return closedOn != null;
    }

    public boolean allocated() {
        return allocatedTo != null;
    }

    /** What may be done now: allocate a case with nobody, transfer or close an open one, reopen a closed one. */
    public boolean mayAllocate() {
        return mayMove && !closed() && !allocated() && pending == null;
    }

    public boolean mayTransfer() {
        return mayMove && !closed() && pending == null;
    }

    public boolean mayClose() {
        return mayMove && !closed() && pending == null;
    }

    public boolean mayReopen() {
        return mayMove && closed();
    }
}
