package org.doorstep.server.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document a supervisor or manager attached to a case in the workspace (R1-media): a court order, a plan, a report. */
@Entity
@Table(name = "case_documents")
public class CaseDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    /** A {@link DocumentKind} wire value. */
    @Column(updatable = false)
    public String kind;

    @Column(updatable = false)
    public String title;

    @Column(updatable = false)
    public String name;

    @Column(name = "media_type", updatable = false)
    public String mediaType;

    @Column(updatable = false)
    public long size;

    @Column(updatable = false)
    public String sha256;

    @Column(name = "added_by", updatable = false)
    public String addedBy;

    @Column(name = "added_at", updatable = false)
    public Instant addedAt;
}
