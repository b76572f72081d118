package org.doorstep.model.visit;

import java.time.Instant;
import java.util.List;

/**
 * One home visit as the practitioner signed it. Immutable: a correction is a new note that names
 * this one. Times are instants (UTC); the tablet shows them in the practitioner's zone.
 *
 * @param noteId         UUID v7 made on the device, so the id is known offline and sorts by time
 * @param formVersion    the approved visit-form version the note was captured with (R2-form-approval)
 * @param childSeenAlone only meaningful when the child was seen
 * @param reasonNotSeen  required when the child was not seen (R5.2-child-seen)
 * @param author         username of the practitioner who was there and signs (R4-author)
 * @param signedAt       the device clock when the practitioner signed
 */
public record VisitNote(
        String noteId,
        String caseId,
        String formVersion,
        Instant visitStart,
        Instant visitEnd,
        String venue,
        List<PresentPerson> present,
        String purpose,
        Boolean childSeen,
        Boolean childSeenAlone,
        String reasonNotSeen,
        Boolean interpreterUsed,
        String interpreterLanguage,
        String interpreterName,
        String childViews,
        String carerViews,
        String narrative,
        String author,
        Instant signedAt) {

    public VisitNote {
        present = present == null ? List.of() : List.copyOf(present);
    }

    public boolean childWasSeen() {
        return Boolean.TRUE.equals(childSeen);
    }

    public boolean interpreterWasUsed() {
        return Boolean.TRUE.equals(interpreterUsed);
    }

    /** A one-line fact for the chronology: what happened, never an opinion (R5.5-chronology). */
    public String chronologySummary() {
        String seen = childWasSeen()
                ? (Boolean.TRUE.equals(childSeenAlone) ? "child seen alone" : "child seen, not alone")
                : "child not seen";
        return "Home visit at " + venue + " (" + purpose + "); " + seen + ".";
    }
}
