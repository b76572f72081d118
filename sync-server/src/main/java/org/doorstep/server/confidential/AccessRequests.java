package org.doorstep.server.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.confidential.AccessRequestDeadline;
import org.doorstep.model.confidential.ConfidentialRules;
import org.doorstep.model.confidential.LawfulBasis;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * Requests to see the record (R8-access): logged with the due date the month rule gives; the manager
 * consults the originator, then releases the redacted bundle, which is a disclosure in the sharing
 * log and a management decision.
 */
@ApplicationScoped
public class AccessRequests {

    private final Clock clock;
    private final Words words;
    private final SharingLog sharing;
    private final AccessRequestDeadline deadline = AccessRequestDeadline.englandAndWales();

    AccessRequests(Clock clock, Words words, SharingLog sharing) {
        this.clock = clock;
        this.words = words;
        this.sharing = sharing;
    }

    public static List<AccessRequest> of(String caseId) {
        return AccessRequest.list("caseId = ?1 order by receivedOn desc, id desc", caseId);
    }

    public static AccessRequest find(ChildCase c, long id) {
        AccessRequest r = AccessRequest.findById(id);
        if (r == null || !r.caseId.equals(c.caseId)) {
            throw new Scope.NotInScope("There is no request " + id + " to see the record of case " + c.caseId + ".");
        }
        return r;
    }

    @Transactional
    public List<FieldError> log(ChildCase c, Staff by, String requestedBy, String relationship, String receivedOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormErrors.date("receivedOn", receivedOn, errors);
        FormErrors.addOncePerField(errors, ConfidentialRules.accessRequest(requestedBy, relationship, on, today()));
        if (!errors.isEmpty()) {
            return errors;
        }
        AccessRequest r = new AccessRequest();
        r.caseId = c.caseId;
        r.requestedBy = requestedBy.strip();
        r.relationship = relationship.strip();
        r.receivedOn = on;
        r.dueOn = deadline.dueOn(on);
        r.recordedBy = by.username;
        r.recordedAt = clock.instant();
        r.persist();
        return List.of();
    }

    /**
     * The originators of what the bundle withholds, with how many items each wrote: the people a manager
     * consults before a release. A visit's author for its third-party and restricted statements, whoever
     * typed a restricted line or value.
     */
    public static java.util.Map<String, Integer> originators(ChildCase c) {
        Withheld restricted = Restrictions.fromTablets(List.of(c.caseId));
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (org.doorstep.server.notes.CaseEntryRow e : org.doorstep.server.caserecord.CaseRecords.entries(c.caseId)) {
            org.doorstep.model.visit.VisitNote v = org.doorstep.server.caserecord.CaseRecords.visit(e);
            if (v == null) {
                continue;
            }
            int items = restricted.entry(e.noteId) ? 1 : 0;
            for (int i = 0; i < v.reportedByOthers().size(); i++) {
                if (v.reportedByOthers().get(i).source() == org.doorstep.model.record.Statement.Source.THIRD_PARTY
                        || restricted.of(e.noteId, i).isPresent()) {
                    items++;
                }
            }
            if (items > 0) {
                out.merge(e.author, items, Integer::sum);
            }
        }
        for (Restriction r : restricted.restrictions()) {
            String by = r.lineId != null ? ((org.doorstep.server.caserecord.ChronologyEntry)
                    org.doorstep.server.caserecord.ChronologyEntry.findById(r.lineId)).recordedBy
                    : r.factId != null ? ((org.doorstep.server.caseload.CaseFact)
                    org.doorstep.server.caseload.CaseFact.findById(r.factId)).recordedBy : null;
            if (by != null && Staff.named(by) != null) {
                out.merge(by, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Records whom the manager asked about the release, and when; their answer comes later. */
    @Transactional
    public List<FieldError> consult(ChildCase c, Staff manager, long id, String originator, String askedOn) {
        AccessRequest r = find(c, id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormErrors.date("askedOn", askedOn, errors);
        FormErrors.addOncePerField(errors, ConfidentialRules.consultation(originator, on, today()));
        Staff asked = originator == null || originator.isBlank() ? null : Staff.named(originator);
        if (originator != null && !originator.isBlank() && (asked == null || !c.teamName().equals(asked.team)
                && !originators(c).containsKey(asked.username))) {
            errors.add(new FieldError("originator", "Choose a member of staff from the list"));
        }
        if (r.disclosureId != null) {
            errors.add(new FieldError("originator", "This request was already answered"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Consultation k = new Consultation();
        k.requestId = r.id;
        k.originator = asked.username;
        k.askedOn = on;
        k.askedRecordedBy = manager.username;
        k.persist();
        return List.of();
    }

    /** The originator's answer: they agree, or object with their reason. Given once. */
    @Transactional
    public List<FieldError> answer(ChildCase c, Staff manager, long id, long consultationId, String answer, String reason) {
        AccessRequest r = find(c, id);
        Consultation k = Consultation.findById(consultationId);
        if (k == null || !k.requestId.equals(r.id)) {
            throw new Scope.NotInScope("There is no consultation " + consultationId + " on request " + id + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        FormErrors.addOncePerField(errors, ConfidentialRules.originatorAnswer(answer, reason));
        if (k.answer != null || r.disclosureId != null) {
            errors.add(new FieldError("answer", "Their answer was already recorded"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        k.answer = answer;
        k.answerReason = reason == null || reason.isBlank() ? null : reason.strip();
        k.answeredOn = today();
        k.answerRecordedBy = manager.username;
        return List.of();
    }

    /**
     * Releases the bundle once each originator consulted has answered, or with the manager's reason for
     * releasing without; a disclosure in the sharing log and a management decision that names the answers.
     */
    @Transactional
    public List<FieldError> release(ChildCase c, Staff manager, long id, String without) {
        AccessRequest r = find(c, id);
        if (r.disclosureId != null) {
            return List.of(new FieldError("without", "This request was already answered"));
        }
        List<Consultation> asked = Consultation.of(r.id);
        List<FieldError> errors = new ArrayList<>();
        FormErrors.addOncePerField(errors, ConfidentialRules.release(asked.size(),
                (int) asked.stream().filter(k -> k.answer == null).count(), without));
        if (!errors.isEmpty()) {
            return errors;
        }
        r.releaseWithout = without == null || without.isBlank() ? null : without.strip();
        String answers = asked.stream().map(k -> org.doorstep.server.workspace.VisitPage.name(k.originator) + ": "
                + (k.answer == null ? "no answer" : org.doorstep.model.confidential.OriginatorAnswer.fromWire(k.answer)
                .map(org.doorstep.model.confidential.OriginatorAnswer::label).orElse(k.answer)
                + (k.answerReason == null ? "" : " (" + k.answerReason + ")"))).collect(java.util.stream.Collectors.joining("; "));
        String why = "Request to see the record received " + words.date(r.receivedOn)
                + (answers.isEmpty() ? "" : ". Originators consulted: " + answers)
                + (r.releaseWithout == null ? "" : ". Released without every answer: " + r.releaseWithout);
        // the sharing log's "why" holds 1,000 characters; the answers stay whole on the request itself
        Disclosure d = sharing.record(c, manager, r.requestedBy + " (" + r.relationship + ")",
                "The record with third-party and restricted information withheld",
                why.length() > ConfidentialRules.TEXT ? why.substring(0, ConfidentialRules.TEXT - 1) + "…" : why,
                LawfulBasis.ACCESS_REQUEST, null, today());
        r.disclosureId = d.id;
        return List.of();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(words.zone()));
    }
}
