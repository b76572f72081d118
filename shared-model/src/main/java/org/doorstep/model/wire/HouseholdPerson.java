package org.doorstep.model.wire;

import java.time.LocalDate;

/**
 * Someone who lives in the child's household now, as data (R5.1-basic): the tablet shows who holds
 * parental responsibility from {@code parentalResponsibility}, never from the words of a line.
 *
 * @param memberId               the server's id of the member (a proposal that they left names it)
 * @param name                   the person; for members recorded as one line ("Jo Smith, mother") that whole line
 * @param relationship           their relationship to the child when it is recorded on its own, else null
 * @param parentalResponsibility whether they hold parental responsibility for the child
 * @param joinedOn               when they joined the household, if known
 */
public record HouseholdPerson(
        Long memberId,
        String name,
        String relationship,
        boolean parentalResponsibility,
        LocalDate joinedOn) {

    /** "Jo Smith, mother" when the relationship is recorded on its own, else the name as recorded. */
    public String described() {
        return relationship == null || relationship.isBlank() ? name : name + ", " + relationship;
    }

    /**
     * This member as someone present at a visit (R5.2-present): the name, and the relationship as
     * the role. A member recorded as one line is split where the line says both: "Jade Smith, mother"
     * or "Liam Thompson (brother, 4)"; a line that names only a person leaves the role empty.
     */
    public org.doorstep.model.visit.PresentPerson asPresent() {
        String n = name == null ? "" : name.strip();
        if (relationship != null && !relationship.isBlank()) {
            return new org.doorstep.model.visit.PresentPerson(n, relationship.strip());
        }
        int bracket = n.indexOf('(');
        if (bracket > 0 && n.endsWith(")")) {
            return new org.doorstep.model.visit.PresentPerson(n.substring(0, bracket).strip(),
                    n.substring(bracket + 1, n.length() - 1).strip());
        }
        int comma = n.indexOf(',');
        if (comma > 0) {
            String role = n.substring(comma + 1).strip();
            // "parental responsibility" is a fact about the person, not their role at the visit
            role = role.replaceAll("(?i),?\\s*parental responsibility$", "").strip();
            return new org.doorstep.model.visit.PresentPerson(n.substring(0, comma).strip(), role);
        }
        return new org.doorstep.model.visit.PresentPerson(n, "");
    }
}
