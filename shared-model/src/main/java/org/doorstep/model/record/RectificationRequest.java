package org.doorstep.model.record;

import java.time.LocalDate;

/**
 * A request to correct the record as it was received (R11-rectify): when, who asked and how they
 * are related to the child, what they say is wrong, what they ask for, and optionally the visit
 * note it concerns.
 */
public record RectificationRequest(LocalDate receivedOn, String requesterName, String relationship, String whatIsWrong,
                                   String askedFor, String concernsNoteId) {
}
