package org.doorstep.model.visit;

/**
 * What makes a note a correction (R11-rectify): the note it corrects and why. A signed note is never
 * changed; the correction is a new signed note, complete in itself, that names the one it replaces.
 * The record then shows the correction as current and keeps every earlier version readable.
 *
 * @param amends the id of the note this one corrects (itself possibly a correction)
 * @param reason why the earlier version was wrong or incomplete, in the corrector's words
 */
public record Amendment(String amends, String reason) {

    public static final String REQUIREMENT = "R11-rectify";
    /** A reason is a sentence or a short paragraph, not a second narrative. */
    public static final int MAX_REASON = 2_000;
}
