package org.doorstep.model.cases;

import java.time.Instant;

/**
 * A move of the case itself, written into the case's hash chain beside the visit notes so the
 * record runs from referral to closure (R1-contemporaneous, R14-transfer): opened at referral,
 * allocated, transferred, closed, reopened. The server signs it with its own key; {@code what} says
 * it in words, {@code by} is the manager who decided.
 *
 * @param eventId the entry's id in the chain (a UUID made by the server)
 * @param kind    one of {@link #OPENED}, {@link #ALLOCATED}, {@link #TRANSFERRED}, {@link #CLOSED}, {@link #REOPENED}
 */
public record CaseEvent(String eventId, String caseId, String kind, Instant at, String by, String what) {

    public static final String OPENED = "case-opened";
    public static final String ALLOCATED = "case-allocated";
    public static final String TRANSFERRED = "case-transferred";
    public static final String CLOSED = "case-closed";
    public static final String REOPENED = "case-reopened";
}
