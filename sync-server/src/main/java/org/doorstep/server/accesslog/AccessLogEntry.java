package org.doorstep.server.accesslog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a case record: who, when, what (R7-shared-log). Written once, never changed. */
@Entity
@Table(name = "case_access_log")
public class AccessLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String username;

    @Column(name = "accessed_at", updatable = false)
    public Instant accessedAt;

    @Column(updatable = false)
    public String what;
}
