package org.doorstep.server.onboarding;

import java.util.List;

/**
 * A file's dry run or import: every bad row with its reason, or how many rows are (or were) fine.
 * Nothing is stored while {@code problems} is not empty.
 */
public record ImportOutcome(int rows, List<RowProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
