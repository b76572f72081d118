package org.doorstep.server.supervisor;

/** One synced visit in the supervisor's list, already in words. */
public record VisitRow(String noteId, String caseId, String childName, String practitioner, String visitDate,
                       String venue, String childSeen, String receivedAt, boolean signatureVerified) {
}
