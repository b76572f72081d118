package org.doorstep.server.supervisor;

import java.util.List;
import org.doorstep.model.visit.PresentPerson;

/** Everything a supervisor sees of one visit note. */
public record VisitDetail(String noteId, String caseId, String childName, String practitioner, String deviceId,
                          boolean signatureVerified, String signedAt, String receivedAt, long sequence,
                          String previousHash, String entryHash, String contentHash, boolean chainIntact,
                          List<PresentPerson> present, List<Field> fields) {

    /** One labelled field of the note; {@code value} is shown as text, never as markup. */
    public record Field(String label, String value, boolean longText) {
    }
}
