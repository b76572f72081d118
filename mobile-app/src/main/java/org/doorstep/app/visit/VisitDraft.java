package org.doorstep.app.visit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;

/**
 * The visit while the practitioner is still writing it: every field editable and any of them may be
 * empty. Autosaved (encrypted) on every change; turned into an immutable {@link VisitNote} to check
 * and sign. Plain Java with public fields so it stores as JSON as-is.
 */
public final class VisitDraft {

    public static final String FORM_VERSION = "visit-1";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    public String noteId;
    public String caseId;
    public String childName;
    public int step;
    public LocalDate date;
    public String start = "";
    public String end = "";
    public String venue = "";
    public String purpose = "";
    public List<Person> present = new ArrayList<>();
    public Boolean interpreterUsed;
    public String interpreterLanguage = "";
    public String interpreterName = "";
    public Boolean childSeen;
    public Boolean childSeenAlone;
    public String reasonNotSeen = "";
    public String childViews = "";
    public String carerViews = "";
    public String narrative = "";

    /** An editable person at the visit. */
    public static final class Person {
        public String name = "";
        public String role = "";

        public Person() {
        }

        public Person(String name, String role) {
            this.name = name;
            this.role = role;
        }
    }

    /** The note as it would be signed now ({@code signedAt} may be null to check content only). */
    public VisitNote toNote(String author, ZoneId zone, Instant signedAt) {
        return new VisitNote(noteId, caseId, FORM_VERSION,
                instant(start, zone), instant(end, zone),
                trim(venue),
                present.stream().map(p -> new PresentPerson(trim(p.name), trim(p.role))).toList(),
                trim(purpose),
                childSeen,
                Boolean.TRUE.equals(childSeen) ? childSeenAlone : (childSeen == null ? null : Boolean.FALSE),
                Boolean.FALSE.equals(childSeen) ? trim(reasonNotSeen) : null,
                interpreterUsed,
                Boolean.TRUE.equals(interpreterUsed) ? trim(interpreterLanguage) : null,
                Boolean.TRUE.equals(interpreterUsed) ? trim(interpreterName) : null,
                trim(childViews), trim(carerViews), trim(narrative), author, signedAt);
    }

    /** Times typed in a form the rules cannot see (e.g. "2pm"): said here, beside the field. */
    public List<Violation> inputProblems() {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(new Violation("visitStart", "R1-contemporaneous", "Choose the date of the visit."));
        }
        if (!blank(start) && time(start) == null) {
            v.add(new Violation("visitStart", "R1-contemporaneous", "Enter the start time as hours:minutes, e.g. 14:30."));
        }
        if (!blank(end) && time(end) == null) {
            v.add(new Violation("visitEnd", "R1-contemporaneous", "Enter the end time as hours:minutes, e.g. 15:15."));
        }
        return v;
    }

    private Instant instant(String text, ZoneId zone) {
        LocalTime t = time(text);
        return date == null || t == null ? null : date.atTime(t).atZone(zone).toInstant();
    }

    static LocalTime time(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':'), HH_MM);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
