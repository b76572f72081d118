package org.doorstep.model.media;

/**
 * A document or photo as a note signs it (R1-media): its name, media type, size in bytes and the
 * SHA-256 of its bytes in lower-case hex. The bytes travel on their own; the server keeps them only
 * when they hash to what a signed note names, so the signature covers the file too.
 */
public record Attachment(String name, String mediaType, long size, String sha256) {

    /** True when {@code bytes} are the very file this reference names: same length, same hash. */
    public boolean matches(byte[] bytes) {
        return bytes != null && bytes.length == size && AttachmentRules.sha256(bytes).equals(sha256);
    }
}
