package org.doorstep.model.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorstep.model.visit.Violation;

/**
 * What may be attached to a case or a visit (R1-media), for the tablet, the server's API and the
 * workspace form alike: the kinds of file a record holds (documents and photos, nothing that runs),
 * a size a tablet can carry offline and a supervisor can open, a name that is only a name.
 */
public final class AttachmentRules {

    /** 10 MB: a scanned court order or a phone photo fits; a video does not belong in a case record. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Files one visit note may name. */
    public static final int MAX_PER_NOTE = 10;
    public static final int MAX_NAME = 200;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    // Documents and photos only: a media type decides how a browser opens the download.
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "txt", "text/plain",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text");

    private AttachmentRules() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** The media type a file's name says it is, or empty for a kind of file the record does not take. */
    public static Optional<String> mediaTypeOf(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public static boolean allowedType(String mediaType) {
        return mediaType != null && TYPES.containsValue(mediaType);
    }

    /** The file's name without any folder, as a browser or a file chooser may send a path. */
    public static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    /** Why one file cannot be attached, in words a person can act on; empty when it can. */
    public static Optional<String> refusal(String name, String mediaType, long size) {
        if (name == null || name.isBlank()) {
            return Optional.of("Choose a file to attach.");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
            return Optional.of("The file's name must be at most " + MAX_NAME + " characters, without folders or control characters.");
        }
        if (!allowedType(mediaType)) {
            return Optional.of("\"" + name + "\" is not a kind of file the record takes: attach a PDF, a photo "
                    + "(JPEG or PNG), a Word or OpenDocument text, or a plain text file.");
        }
        if (size <= 0) {
            return Optional.of("\"" + name + "\" is empty.");
        }
        if (size > MAX_BYTES) {
            return Optional.of("\"" + name + "\" is " + inWords(size) + "; a file may be at most " + inWords(MAX_BYTES)
                    + ". Scan it at a lower resolution or split it.");
        }
        return Optional.empty();
    }

    /** The attachments a signed note names, each checked; the field is {@code attachments}. */
    public static List<Violation> check(List<Attachment> attachments) {
        List<Violation> v = new ArrayList<>();
        if (attachments.size() > MAX_PER_NOTE) {
            v.add(new Violation("attachments", "R1-media", "A note may name at most " + MAX_PER_NOTE
                    + " files; this one names " + attachments.size() + "."));
        }
        for (Attachment a : attachments) {
            if (a == null) {
                v.add(new Violation("attachments", "R1-media", "An attachment of the note is empty."));
                continue;
            }
            refusal(a.name(), a.mediaType(), a.size())
                    .ifPresent(why -> v.add(new Violation("attachments", "R1-media", why)));
            if (!isSha256(a.sha256())) {
                v.add(new Violation("attachments", "R1-media",
                        "An attachment's sha256 must be 64 lower-case hexadecimal characters."));
            }
        }
        return v;
    }

    /** A size as people say it: "512 bytes", "34 kB", "2.5 MB". */
    public static String inWords(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " kB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ENGLISH, "%.1f", mb)) + " MB";
    }
}
