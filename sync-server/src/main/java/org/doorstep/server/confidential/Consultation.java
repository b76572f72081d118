package org.doorstep.server.confidential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** One originator asked about a release to the family (R8-access), and their answer once they gave it. */
@Entity
@Table(name = "access_request_consultations")
public class Consultation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", updatable = false)
    public Long requestId;

    /** The member of staff asked: the originator of items withheld from the bundle. */
    @Column(updatable = false)
    public String originator;

    @Column(name = "asked_on", updatable = false)
    public LocalDate askedOn;

    @Column(name = "asked_recorded_by", updatable = false)
    public String askedRecordedBy;

    /** An {@link org.doorstep.model.confidential.OriginatorAnswer} wire value; null while waiting. */
    public String answer;

    @Column(name = "answer_reason")
    public String answerReason;

    @Column(name = "answered_recorded_on")
    public LocalDate answeredOn;

    @Column(name = "answer_recorded_by")
    public String answerRecordedBy;

    public static List<Consultation> of(long requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
