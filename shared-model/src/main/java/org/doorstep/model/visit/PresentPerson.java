package org.doorstep.model.visit;

/** Someone at the visit (R5.2-present): their name and their role or relationship to the child. */
public record PresentPerson(String name, String role) {
}
