package org.doorstep.app.visit;

import java.util.Set;

/** The wizard's steps, each with the {@code VisitNote} fields whose rules it shows. */
public enum Step {
    WHEN_WHERE("When and where", Set.of("visitStart", "visitEnd", "venue", "purpose")),
    PRESENT("Who was present", Set.of("present", "interpreterUsed", "interpreterLanguage", "interpreterName")),
    CHILD("The child", Set.of("childSeen", "childSeenAlone", "reasonNotSeen")),
    VIEWS("Views", Set.of("childViews", "carerViews")),
    NARRATIVE("Narrative", Set.of("narrative")),
    REVIEW("Review and sign", Set.of());

    private final String title;
    private final Set<String> fields;

    Step(String title, Set<String> fields) {
        this.title = title;
        this.fields = fields;
    }

    public String title() {
        return title;
    }

    public Set<String> fields() {
        return fields;
    }

    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }
}
