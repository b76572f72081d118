package org.doorstep.server.onboarding;

/** What is wrong with one row of an onboarding file: its line, the column (empty for the whole row) and why. */
public record RowProblem(int line, String column, String reason) {
}
