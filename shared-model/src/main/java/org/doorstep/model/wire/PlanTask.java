package org.doorstep.model.wire;

import java.time.LocalDate;

/**
 * One task of a plan recommendation: what is to be done, who owns it and by when (R5.2-analysis).
 * The owner is a name and role as the plan writes it ("Jade Smith, mother", "School nurse"), not an
 * account: most owners are not staff.
 */
public record PlanTask(String what, String owner, LocalDate dueBy) {
}
