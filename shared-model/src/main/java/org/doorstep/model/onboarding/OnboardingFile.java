package org.doorstep.model.onboarding;

import java.util.List;

/**
 * The two files a team is onboarded from (issue 9, R13-accounts): its staff first, then its cases,
 * each case allocated to one of the staff or to no one yet. The column names are what the workspace
 * page shows as the template, so an operator can export them from the old system.
 */
public enum OnboardingFile {
    STAFF("staff", List.of("username", "name", "role", "team", "temporary_password"), "people"),
    CASES("cases", List.of("case_id", "team", "legal_name", "date_of_birth", "address", "nhs_number",
            "referral_date", "referral_source", "allocated_to"), "cases");

    /** The most rows one file may hold: a team, not a council; a larger file is split. */
    public static final int MAX_ROWS = 2_000;

    private final String wire;
    private final List<String> columns;
    private final String noun;

    OnboardingFile(String wire, List<String> columns, String noun) {
        this.wire = wire;
        this.columns = columns;
        this.noun = noun;
    }

    public String wire() {
        return wire;
    }

    public List<String> columns() {
        return columns;
    }

    /** What the rows are, in words: "people" or "cases". */
    public String noun() {
        return noun;
    }

    /** The header line of a template file. */
    public String headerLine() {
        return String.join(",", columns);
    }

    public static OnboardingFile of(String wire) {
        for (OnboardingFile f : values()) {
            if (f.wire.equals(wire)) {
                return f;
            }
        }
        return null;
    }
}
