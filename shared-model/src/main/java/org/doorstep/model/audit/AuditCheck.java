package org.doorstep.model.audit;

/**
 * The short fixed checklist a manager grades a sampled visit against (R12-audit): the same five
 * questions every time, so grades of different months and practitioners can be compared.
 */
public enum AuditCheck {
    CHILD_SEEN_ALONE("child-seen-alone", "Child seen alone",
            "Was the child seen alone, or is the reason they were not clearly recorded?"),
    VIEWS_RECORDED("views-recorded", "Views recorded",
            "Are the child's views, and the parents' or carers' views, recorded in their own words?"),
    ANALYSIS_AGAINST_PLAN("analysis-against-plan", "Analysis against the plan",
            "Does the analysis say what the visit means for each of the plan's recommendations?"),
    TIMELY("timely", "Timely", "Was the note recorded within 48 working hours of the visit?"),
    PLAIN_LANGUAGE("plain-language", "Plain language",
            "Is it written in plain words the child and family could read, with no unexplained jargon?");

    private final String field;
    private final String label;
    private final String question;

    AuditCheck(String field, String label, String question) {
        this.field = field;
        this.label = label;
        this.question = question;
    }

    /** The form field's name and the stem of its id. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }
}
