package org.doorstep.model.wire;

/**
 * One of the child's belongings as the tablet holds it (R5.4-child-property): what it is and where it
 * is now, by the server's id so a visit can record a change to it.
 *
 * @param returned whether it has gone back to the child
 * @param lost     whether it was noted lost; {@code location} is then where it was last seen
 */
public record PropertyLine(long id, String description, String location, boolean returned, boolean lost) {

    /** "Blue bike — in the foster carer's shed" as the case record lists it. */
    public String line() {
        return description + " — " + (returned ? "returned to the child" : lost ? "noted lost (last seen: " + location + ")" : location);
    }
}
