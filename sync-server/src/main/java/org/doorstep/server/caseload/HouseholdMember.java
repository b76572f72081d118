package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.wire.HouseholdPerson;

/**
 * Someone in the child's household, as one line ("Jade Smith, mother"), whether they hold parental
 * responsibility, and when they joined and left (R5.1-basic, R5.4-current-historical). A member who
 * left keeps the row with {@code leftOn} set; rows are never deleted.
 */
@Entity
@Table(name = "household_members")
public class HouseholdMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    public int position;

    /** The whole line every page shows: "Jade Smith, mother". */
    public String description;

    /** The name alone, when the member was added with name and relationship apart; else null. */
    @Column(name = "member_name")
    public String name;

    /** Their relationship to the child, when recorded apart from the name; else null. */
    public String relationship;

    @Column(name = "parental_responsibility")
    public boolean parentalResponsibility;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "left_reason")
    public String leftReason;

    public boolean current() {
        return leftOn == null;
    }

    /** Current members first (in household order), then those who left, latest first. */
    public static List<HouseholdMember> of(String caseId) {
        return list("caseId = ?1 order by case when leftOn is null then 0 else 1 end, leftOn desc, position", caseId);
    }

    public static List<HouseholdMember> current(String caseId) {
        return list("caseId = ?1 and leftOn is null order by position", caseId);
    }

    /** The member as the tablet reads them: name (or the whole line), relationship if apart, parental responsibility. */
    public HouseholdPerson person() {
        return new HouseholdPerson(id, name == null ? description : name, relationship,
                parentalResponsibility, joinedOn);
    }

    /** The one line older tablets show: "Jade Smith, mother (parental responsibility)". */
    public String line() {
        return description + (parentalResponsibility ? " (parental responsibility)" : "");
    }
}
