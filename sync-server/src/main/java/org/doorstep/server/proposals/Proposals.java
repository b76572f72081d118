package org.doorstep.server.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.doorstep.server.cluster.RetryOnConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.model.family.RelationshipRules;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.record.ProposalKind;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.record.TextLimits;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.model.wire.ProposalStatus;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caseload.RecordChanges;
import org.doorstep.server.caserecord.CaseAccess;
import org.doorstep.server.family.FamilyRecord;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts of the case that visits change (household, communication needs, declared name and gender,
 * relationships on the genogram) change only through proposals a supervisor confirms. Every proposal is kept as its own row; a
 * confirmation applies it to whatever is current at that moment and keeps the old value as history,
 * so two tablets that were offline never silently overwrite each other.
 */
@ApplicationScoped
public class Proposals {

    /** The result of a submission: the proposal, and whether it was already held (a resend). */
    public record Submitted(ProposalStatus status, boolean duplicate) {
    }

    /** The result of a confirm or reject: done, or the errors to show beside the form. */
    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;
    private final RecordChanges changes;
    private final Decisions decisions;
    private final org.doorstep.server.cover.RecordingBasis bases;
    private final FamilyRecord family;

    Proposals(Clock clock, EntityManager em,
              @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone,
              RecordChanges changes, Decisions decisions, org.doorstep.server.cover.RecordingBasis bases, FamilyRecord family) {
        this.family = family;
        this.clock = clock;
        this.em = em;
        this.zone = zone;
        this.changes = changes;
        this.decisions = decisions;
        this.bases = bases;
    }

    @Transactional
    @RetryOnConflict
    public Submitted submit(String caseId, Practitioner by, FactProposal p) {
        ChildCase c = CaseAccess.heldAndLocked(em, caseId, by, bases, clock.instant());
        // R5.6-genogram: a relationship is checked by the same rules the tablet ran, against the whole family the record holds now
        CaseAccess.refuseIfAny(ProposalKind.RELATIONSHIP.wire().equals(p.kind()) ? RelationshipRules.proposal(p, family.of(c))
                : RecordRules.proposal(p), "invalid-proposal", "Invalid proposal");
        ProposalRow held = ProposalRow.findById(p.proposalId());
        if (held != null) {
            if (held.sameAs(c.caseId, p)) {
                return new Submitted(status(held), true);
            }
            throw ProblemException.of("proposal-conflict", "Proposal conflict", 409,
                    "A different proposal with id " + p.proposalId() + " is already held; make a new id for a new proposal.");
        }
        ProposalKind kind = ProposalKind.of(p.kind()).orElseThrow();
        if (kind == ProposalKind.HOUSEHOLD_LEAVES) {
            HouseholdMember m = HouseholdMember.findById(p.householdMemberId());
            if (m == null || !m.caseId.equals(c.caseId)) {
                throw ProblemException.of("unknown-household-member", "Unknown household member", 422,
                        "Case " + c.caseId + " has no household member " + p.householdMemberId() + ".");
            }
        }
        ProposalRow r = new ProposalRow();
        r.proposalId = p.proposalId();
        r.caseId = c.caseId;
        r.kind = kind.wire();
        r.value = blankToNull(p.value());
        r.parentalResponsibility = p.parentalResponsibility();
        r.householdMemberId = p.householdMemberId();
        r.seenValue = blankToNull(p.seenValue());
        r.currentWhenProposed = current(c, kind, p.householdMemberId());
        r.reason = p.reason().strip();
        r.noteId = p.noteId();
        r.relationFrom = p.relationFrom();
        r.relationKind = p.relationKind();
        r.relationTo = p.relationTo();
        r.since = p.since();
        r.until = p.until();
        r.proposedBy = by.username();
        r.deviceId = by.deviceId();
        r.proposedAt = clock.instant();
        r.status = ProposalRow.PENDING;
        r.persist();
        return new Submitted(status(r), false);
    }

    /**
     * Applies a pending proposal to what is current now through {@link RecordChanges}, the one way a
     * fact changes; the old value stays as history. The confirmation is a management decision
     * (R5.1-decisions) recorded in the same transaction: both are kept or neither.
     */
    @Transactional
    @RetryOnConflict
    public Outcome confirm(ChildCase c, String proposalId, Staff by, String comment) {
        String why = comment == null ? "" : comment.strip();
        Optional<String> tooLong = TextLimits.tooLong("The comment", why, TextLimits.REASONS);
        if (tooLong.isPresent()) {
            return new Outcome(List.of(new FieldError("comment-" + proposalId, tooLong.get())));
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        ProposalRow r = pendingOf(c, proposalId);
        if (r == null) {
            return new Outcome(List.of(new FieldError("proposal-" + proposalId, "This proposal has already been decided")));
        }
        LocalDate proposedOn = r.proposedAt.atZone(zone).toLocalDate();
        RecordChanges.Change change = switch (ProposalKind.of(r.kind).orElseThrow()) {
            case HOUSEHOLD_JOINS -> changes.joins(c, r.value, null, null, Boolean.TRUE.equals(r.parentalResponsibility),
                    proposedOn);
            case HOUSEHOLD_LEAVES -> changes.leaves(HouseholdMember.findById(r.householdMemberId), proposedOn,
                    r.value == null ? r.reason : r.value);
            case COMMUNICATION_NEEDS -> changes.fact(c, FactKind.COMMUNICATION_NEEDS, r.value, proposedOn, r.proposedBy,
                    r.proposalId);
            case DECLARED_NAME -> changes.identity(c, r.value, null, proposedOn, r.proposedBy, r.proposalId);
            case DECLARED_GENDER -> changes.identity(c, null, r.value, proposedOn, r.proposedBy, r.proposalId);
            case RELATIONSHIP -> family.addRelationship(c, r.relationship(), r.proposedBy);
        };
        if (!change.done()) {
            return new Outcome(List.of(new FieldError("proposal-" + proposalId,
                    change.refused() + "; reject this proposal instead")));
        }
        decide(r, ProposalRow.CONFIRMED, by, why);
        decisions.onRecord(c.caseId, by, ManagementDecision.PROPOSAL_CONFIRMED, "Confirmed: " + change.what(),
                reasons(r, why.isEmpty() ? "No comment was given when confirming." : "Comment: " + why), r.proposalId);
        return new Outcome(List.of());
    }

    /** Rejects a pending proposal with the supervisor's reason; the rejection is a management decision too. */
    @Transactional
    @RetryOnConflict
    public Outcome reject(ChildCase c, String proposalId, Staff by, String reason) {
        String why = reason == null ? "" : reason.strip();
        Optional<String> tooLong = TextLimits.tooLong("The reason", why, TextLimits.REASONS);
        if (tooLong.isPresent()) {
            return new Outcome(List.of(new FieldError("reason-" + proposalId, tooLong.get())));
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        ProposalRow r = pendingOf(c, proposalId);
        if (r == null) {
            return new Outcome(List.of(new FieldError("proposal-" + proposalId, "This proposal has already been decided")));
        }
        if (why.isEmpty()) {
            return new Outcome(List.of(new FieldError("reason-" + proposalId, "Enter the reason for rejecting the proposal")));
        }
        decide(r, ProposalRow.REJECTED, by, why);
        decisions.onRecord(c.caseId, by, ManagementDecision.PROPOSAL_REJECTED, "Rejected: " + proposed(c, r),
                reasons(r, "Reason: " + why), r.proposalId);
        return new Outcome(List.of());
    }

    /** What a proposal would change, in the words {@link RecordChanges} (or the genogram) uses for the change itself. */
    private String proposed(ChildCase c, ProposalRow r) {
        return switch (ProposalKind.of(r.kind).orElseThrow()) {
            case HOUSEHOLD_JOINS -> RecordChanges.joinsPhrase(r.value, null, Boolean.TRUE.equals(r.parentalResponsibility));
            case HOUSEHOLD_LEAVES -> {
                HouseholdMember m = HouseholdMember.findById(r.householdMemberId);
                yield RecordChanges.leavesPhrase(m == null ? "a household member" : m.description, null, r.value);
            }
            case COMMUNICATION_NEEDS -> RecordChanges.factPhrase(FactKind.COMMUNICATION_NEEDS, r.value);
            case DECLARED_NAME -> RecordChanges.namePhrase(r.value);
            case DECLARED_GENDER -> RecordChanges.genderPhrase(r.value);
            case RELATIONSHIP -> "Genogram: " + family.inWords(c, r.relationship());
        };
    }

    /** The supervisor's own words first, then the basis of the proposal (R4-author: who proposed it and why). */
    private String reasons(ProposalRow r, String supervisor) {
        return supervisor + "\nProposed by " + nameOf(r.proposedBy) + " on "
                + r.proposedAt.atZone(zone).toLocalDate().format(DAY) + ": " + r.reason;
    }

    /** The current value a proposal of this kind would change, in words; null when none is recorded. */
    public String current(ChildCase c, ProposalKind kind, Long memberId) {
        return switch (kind) {
            case HOUSEHOLD_JOINS -> String.join("; ", HouseholdMember.current(c.caseId).stream().map(h -> h.description).toList());
            case HOUSEHOLD_LEAVES -> {
                HouseholdMember m = memberId == null ? null : HouseholdMember.findById(memberId);
                yield m == null ? null : m.description + (m.current() ? " (in the household)" : " (left " + m.leftOn + ")");
            }
            case COMMUNICATION_NEEDS -> {
                CaseFact f = CaseFact.current(c.caseId, FactKind.COMMUNICATION_NEEDS);
                yield f == null ? null : f.value;
            }
            case DECLARED_NAME -> DeclaredIdentity.nameOf(c);
            // a relationship changes no current value: the genogram shows what the two already have
            case RELATIONSHIP -> null;
            case DECLARED_GENDER -> {
                DeclaredIdentity d = DeclaredIdentity.current(c.caseId);
                yield d == null ? null : d.gender;
            }
        };
    }

    private static String nameOf(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }

    private static ProposalRow pendingOf(ChildCase c, String proposalId) {
        ProposalRow r = proposalId == null ? null : ProposalRow.findById(proposalId);
        if (r == null || !r.caseId.equals(c.caseId)) {
            throw ProblemException.of("unknown-proposal", "Unknown proposal", 404, "There is no proposal " + proposalId + ".");
        }
        return ProposalRow.PENDING.equals(r.status) ? r : null;
    }

    private void decide(ProposalRow r, String status, Staff by, String reason) {
        r.status = status;
        r.decidedBy = by.username;
        r.decidedAt = clock.instant();
        r.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static ProposalStatus status(ProposalRow r) {
        return new ProposalStatus(r.proposalId, r.caseId, r.kind, r.status);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean differs(String a, String b) {
        return !Objects.equals(a == null ? "" : a.strip(), b == null ? "" : b.strip());
    }
}
