package org.doorstep.server.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.doorstep.model.audit.AuditCheck;

/**
 * A sampled visit graded against the checklist (R12-audit), once; the same grade is a management
 * decision on the case ({@link #decisionId}).
 */
@Entity
@Table(name = "audit_grades")
public class VisitGrade extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sample_id", updatable = false)
    public Long sampleId;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    @Column(name = "child_seen_alone", updatable = false)
    public boolean childSeenAlone;

    @Column(name = "views_recorded", updatable = false)
    public boolean viewsRecorded;

    @Column(name = "analysis_against_plan", updatable = false)
    public boolean analysisAgainstPlan;

    @Column(updatable = false)
    public boolean timely;

    @Column(name = "plain_language", updatable = false)
    public boolean plainLanguage;

    @Column(name = "checks_met", updatable = false)
    public int checksMet;

    /** The {@link org.doorstep.model.audit.AuditGrade} name. */
    @Column(updatable = false)
    public String grade;

    @Column(name = "decision_id", updatable = false)
    public Long decisionId;

    @Column(name = "graded_by", updatable = false)
    public String gradedBy;

    @Column(name = "graded_at", updatable = false)
    public Instant gradedAt;

    public boolean met(AuditCheck check) {
        return switch (check) {
            case CHILD_SEEN_ALONE -> childSeenAlone;
            case VIEWS_RECORDED -> viewsRecorded;
            case ANALYSIS_AGAINST_PLAN -> analysisAgainstPlan;
            case TIMELY -> timely;
            case PLAIN_LANGUAGE -> plainLanguage;
        };
    }

    void set(AuditCheck check, boolean met) {
        switch (check) {
            case CHILD_SEEN_ALONE -> childSeenAlone = met;
            case VIEWS_RECORDED -> viewsRecorded = met;
            case ANALYSIS_AGAINST_PLAN -> analysisAgainstPlan = met;
            case TIMELY -> timely = met;
            case PLAIN_LANGUAGE -> plainLanguage = met;
        }
    }
}
