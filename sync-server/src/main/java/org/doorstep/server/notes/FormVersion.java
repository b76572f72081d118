package org.doorstep.server.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of the visit form and whether a manager approved it for use (R2-form-approval). */
@Entity
@Table(name = "form_versions")
public class FormVersion extends PanacheEntityBase {

    @Id
    public String version;

    public boolean approved;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    public static boolean isApproved(String version) {
        FormVersion v = version == null ? null : findById(version);
        return v != null && v.approved;
    }
}
