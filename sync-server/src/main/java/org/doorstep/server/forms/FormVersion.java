package org.doorstep.server.forms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A version of the visit form and where it is in its life (R2-form-approval): who registered it
 * and why, who approved it, who retired it and why. Never deleted: stored notes name their version.
 */
@Entity
@Table(name = "form_versions")
public class FormVersion extends PanacheEntityBase {

    @Id
    public String version;

    /** {@link FormStatus#stored()}. */
    public String status;

    public String title;

    public String description;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_comment")
    public String approvalComment;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_reason")
    public String retiredReason;

    public FormStatus lifecycle() {
        return FormStatus.of(status).orElseThrow(() -> new IllegalStateException("Form version " + version
                + " has an unknown status " + status));
    }
}
