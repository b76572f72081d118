package org.doorstep.model.visit;

/**
 * One thing wrong with a note, tied to the field it concerns so the tablet can show the message
 * beside that field and the server can return it in a problem's {@code violations}.
 *
 * @param field       the {@link VisitNote} component name, e.g. {@code reasonNotSeen}
 * @param requirement the STANDARD.md requirement the rule comes from, e.g. {@code R5.2-child-seen}
 * @param message     plain words a practitioner can act on
 */
public record Violation(String field, String requirement, String message) {
}
