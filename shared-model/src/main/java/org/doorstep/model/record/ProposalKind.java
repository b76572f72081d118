package org.doorstep.model.record;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a visit may propose to change in the case's facts. These belong to the case, not to one
 * visit, so they change only when a supervisor confirms the proposal (DESIGN: two offline tablets
 * never silently overwrite each other).
 */
public enum ProposalKind {
    /** Someone moved into the household: {@code value} is "name, relationship". */
    HOUSEHOLD_JOINS("household-joins", "Joined the household", "R5.1-basic"),
    /** A current household member left: names the member by id; {@code value} may say where they went. */
    HOUSEHOLD_LEAVES("household-leaves", "Left the household", "R5.1-basic"),
    /** The child's communication needs, as they are now. */
    COMMUNICATION_NEEDS("communication-needs", "Communication needs", "R5.1-basic"),
    /** The name the child now uses. */
    DECLARED_NAME("declared-name", "Name (as the child declares it)", "R5.1-gender"),
    /** The gender the child now declares. */
    DECLARED_GENDER("declared-gender", "Gender (as the child declares it)", "R5.1-gender"),
    /**
     * A relationship on the genogram (parent of, partner of, sibling of, with dates): carried in the
     * proposal's {@code relation*}, {@code since} and {@code until}; {@code value} is not used.
     */
    RELATIONSHIP("relationship", "Relationship", "R5.6-genogram");

    private final String wire;
    private final String label;
    private final String requirement;

    ProposalKind(String wire, String label, String requirement) {
        this.wire = wire;
        this.label = label;
        this.requirement = requirement;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public String requirement() {
        return requirement;
    }

    public static Optional<ProposalKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ProposalKind::wire).collect(Collectors.joining(", "));
    }
}
