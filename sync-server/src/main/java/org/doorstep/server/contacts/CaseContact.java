package org.doorstep.server.contacts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.wire.ContactRecord;

/** A call, letter, email or meeting about the child (R5.3-contacts); append-only. */
@Entity
@Table(name = "case_contacts")
public class CaseContact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "contact_date", updatable = false)
    public LocalDate date;

    @Column(updatable = false)
    public String method;

    @Column(name = "with_whom", updatable = false)
    public String withWhom;

    @Column(updatable = false)
    public String what;

    @Column(updatable = false)
    public String decisions;

    @Column(name = "decided_by", updatable = false)
    public String decidedBy;

    @Column(updatable = false)
    public String reasons;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    public static List<CaseContact> of(String caseId) {
        return list("caseId = ?1 order by date desc, id desc", caseId);
    }

    public ContactRecord record() {
        return new ContactRecord(date, method, withWhom, what, decisions, decidedBy, reasons);
    }

    /** "Phone call", "Letter", "Email", "Meeting". */
    public static String methodName(String method) {
        return switch (method) {
            case "call" -> "Phone call";
            case "letter" -> "Letter";
            case "email" -> "Email";
            case "meeting" -> "Meeting";
            default -> method;
        };
    }
}
