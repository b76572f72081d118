package org.doorstep.app.media;

import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;

/**
 * A visit's file the server refused for good (R1-media): what it was, why, and what the practitioner
 * can do, in plain words. The visit note that signs it is synced all the same.
 */
public record RefusedFile(Attachment file, int status, String problem, String detail) {

    public static final String HASH_MISMATCH = "attachment-hash-mismatch";

    /**
     * Whether the same bytes sent again would be refused again: too large (413), or bytes that no longer
     * hash to what the note signed (422). A file whose note has not reached the server yet is not.
     */
    public static boolean forGood(int status, String problem) {
        return status == 413 || status == 422 && HASH_MISMATCH.equals(problem);
    }

    public String message() {
        String what = "The server refused " + file.name() + " (" + AttachmentRules.inWords(file.size()) + "): ";
        String synced = " The visit note itself is synced; only this file did not reach the record.";
        if (status == 413) {
            return what + "it is bigger than the server takes (" + AttachmentRules.inWords(AttachmentRules.MAX_BYTES)
                    + ")." + synced + " Give a smaller copy to your supervisor to add to the case in the workspace.";
        }
        if (HASH_MISMATCH.equals(problem)) {
            return what + "the copy on this tablet no longer matches the file you signed, so it may be damaged." + synced
                    + " Attach it again with Correct this note, or give it to your supervisor to add in the workspace.";
        }
        return what + detail + "." + synced + " Tell your supervisor, who can add it in the workspace.";
    }
}
