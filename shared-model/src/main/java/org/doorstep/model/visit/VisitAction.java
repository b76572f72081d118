package org.doorstep.model.visit;

import java.time.LocalDate;

/**
 * Something to be done after the visit: what, by whom, by when (STANDARD 5.4: key tasks, by whom
 * and timescales). Every part is required.
 */
public record VisitAction(String what, String byWhom, LocalDate byWhen) {
}
