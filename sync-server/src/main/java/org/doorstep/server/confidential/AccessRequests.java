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
import org.doorstep.model.record.TextLimits;
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

    @Transactional
    public List<FieldError> consulted(ChildCase c, long id, String what) {
        AccessRequest r = find(c, id);
        List<FieldError> errors = new ArrayList<>();
        TextLimits.required("What the originator said", what == null ? "" : what.strip(), ConfidentialRules.TEXT,
                "Say whom you consulted and what they said").ifPresent(m -> errors.add(new FieldError("consultation", m)));
        if (r.disclosureId != null) {
            errors.add(new FieldError("consultation", "This request was already answered"));
        }
        if (errors.isEmpty()) {
            r.consultation = what.strip();
        }
        return errors;
    }

    @Transactional
    public List<FieldError> release(ChildCase c, Staff manager, long id) {
        AccessRequest r = find(c, id);
        if (r.disclosureId != null) {
            return List.of(new FieldError("release", "This request was already answered"));
        }
        if (r.consultation == null) {
            return List.of(new FieldError("consultation", "Consult the originator of the record before releasing it"));
        }
        Disclosure d = sharing.record(c, manager, r.requestedBy + " (" + r.relationship + ")",
                "The record with third-party and restricted information withheld",
                "Request to see the record received " + words.date(r.receivedOn), LawfulBasis.ACCESS_REQUEST, null, today());
        r.disclosureId = d.id;
        return List.of();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(words.zone()));
    }
}
