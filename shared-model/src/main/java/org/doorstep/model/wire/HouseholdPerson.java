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
}
