package org.doorstep.model.record;

/**
 * One statement in a record, marked so a reader can tell fact from opinion and what the worker
 * saw or heard from what someone else reported (R11-fact-opinion).
 *
 * @param text    the statement itself
 * @param kind    fact or opinion; an opinion may be recorded, but never presented as fact
 * @param source  first-hand (the worker saw or heard it) or third-party (someone told the worker)
 * @param saidBy  who gave third-party information, with their role or relationship; empty for first-hand
 */
public record Statement(String text, Kind kind, Source source, String saidBy) {

    public static final String REQUIREMENT = "R11-fact-opinion";

    public enum Kind {
        FACT,
        OPINION
    }

    public enum Source {
        FIRST_HAND,
        THIRD_PARTY
    }

    public Statement {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Write the statement.");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Say whether this is a fact or an opinion.");
        }
        if (source == null) {
            throw new IllegalArgumentException("Say whether you saw or heard this yourself, or someone told you.");
        }
        if (source == Source.THIRD_PARTY && (saidBy == null || saidBy.isBlank())) {
            throw new IllegalArgumentException("Say who told you this, and their role or relationship to the child.");
        }
        if (source == Source.FIRST_HAND && saidBy != null && !saidBy.isBlank()) {
            throw new IllegalArgumentException(
                    "You named who said this, so mark it as told to you by someone else, not as first-hand.");
        }
        text = text.strip();
        saidBy = saidBy == null ? "" : saidBy.strip();
    }

    /** Something the worker saw or heard themselves. */
    public static Statement observed(String text) {
        return new Statement(text, Kind.FACT, Source.FIRST_HAND, null);
    }

    /** The worker's own opinion. */
    public static Statement opinion(String text) {
        return new Statement(text, Kind.OPINION, Source.FIRST_HAND, null);
    }

    /** Something another person told the worker, as fact or as that person's opinion. */
    public static Statement reported(String text, Kind kind, String saidBy) {
        return new Statement(text, kind, Source.THIRD_PARTY, saidBy);
    }

    /** How the statement is labelled in the record, e.g. "Opinion, reported by Mrs Khan (neighbour)". */
    public String label() {
        String what = kind == Kind.FACT ? "Fact" : "Opinion";
        return source == Source.FIRST_HAND ? what + ", first-hand" : what + ", reported by " + saidBy;
    }
}
