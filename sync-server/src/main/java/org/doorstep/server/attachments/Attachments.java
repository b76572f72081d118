package org.doorstep.server.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doorstep.model.media.AttachmentRules;
import org.doorstep.model.media.DocumentKind;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.confidential.Restrictions;
import org.doorstep.server.confidential.Withheld;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * The files of a case and its visits (R1-media): bytes a tablet sends for a note it signed, documents
 * added in the workspace, and what each reader may see of them. A file of a restricted visit is
 * withheld like the visit (R7-restricted). Named, so the visit page and the case record list them.
 */
@ApplicationScoped
@Named("caseFiles")
public class Attachments {

    /** One file as a page lists it; {@code arrived} false: signed, its bytes not here yet, so not verified. */
    public record Shown(String name, String kind, String mediaType, String size, String sha256, boolean arrived,
                        String from, String href, boolean signedInNote) {
    }

    /** A case's files for the case record: its documents, its visits' files, and how many are withheld. */
    public record Section(String caseId, List<Shown> documents, List<Shown> visitFiles, int withheld) {
    }

    /** Whether bytes sent were new here or already kept (a resend after a lost answer). */
    public enum Received { STORED, ALREADY_STORED }

    private final Clock clock;
    private final Scope scope;
    private final Words words;

    Attachments(Clock clock, Scope scope, Words words) {
        this.clock = clock;
        this.scope = scope;
        this.words = words;
    }

    /**
     * Bytes a tablet sends for a file one of its signed notes names. Refused, with nothing stored,
     * unless they hash to {@code sha256} and some note this device signed names that hash and size.
     */
    public Received receive(Practitioner from, String sha256, byte[] bytes) {
        if (!AttachmentRules.isSha256(sha256)) {
            throw ProblemException.of("invalid-attachment-name", "Invalid attachment address", 400,
                    "Send a file to /api/v1/attachments/{sha256}, the 64 lower-case hex characters of its SHA-256.");
        }
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.of("attachment-empty", "Empty attachment", 422, "The request body holds no file.");
        }
        if (bytes.length > AttachmentRules.MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        String actual = AttachmentRules.sha256(bytes);
        if (!actual.equals(sha256)) {
            throw ProblemException.of("attachment-hash-mismatch", "Attachment does not match its hash", 422,
                    "The file's SHA-256 is " + actual + ", not " + sha256 + " as its address says: it was changed or "
                            + "cut short on the way. Nothing was stored; send the file again.");
        }
        List<VisitAttachment> signed = VisitAttachment.signedBy(from.deviceId(), sha256);
        if (signed.isEmpty()) {
            throw ProblemException.of("attachment-not-signed", "Attachment not named by a signed note", 422,
                    "No note this tablet signed names a file with SHA-256 " + sha256 + ". Send the note first, then "
                            + "its files. Nothing was stored.");
        }
        if (StoredFile.has(sha256)) {
            return Received.ALREADY_STORED;
        }
        StoredFile f = new StoredFile();
        f.sha256 = sha256;
        f.size = bytes.length;
        f.bytes = bytes;
        f.storedAt = clock.instant();
        f.storedBy = from.deviceId();
        f.persist();
        return Received.STORED;
    }

    static ProblemException tooLarge(long size) {
        return ProblemException.of("attachment-too-large", "Attachment too large", 413,
                "The file is " + AttachmentRules.inWords(size) + "; a file may be at most "
                        + AttachmentRules.inWords(AttachmentRules.MAX_BYTES) + ".");
    }

    /** A document added to the case in the workspace; errors name the form's fields, and nothing is kept then. */
    public List<FieldError> addToCase(ChildCase c, Staff by, String kind, String title, String fileName, byte[] bytes) {
        List<FieldError> errors = new ArrayList<>();
        if (DocumentKind.of(kind).isEmpty()) {
            errors.add(new FieldError("kind", "Choose what the document is"));
        }
        String shortTitle = title == null ? "" : title.strip();
        if (shortTitle.isEmpty() || shortTitle.length() > AttachmentRules.MAX_NAME) {
            errors.add(new FieldError("title", "Give the document a title of at most " + AttachmentRules.MAX_NAME
                    + " characters, such as \"Interim care order, 3 November 2026\""));
        }
        String name = AttachmentRules.baseName(fileName);
        String type = AttachmentRules.mediaTypeOf(name).orElse(null);
        long size = bytes == null ? 0 : bytes.length;
        AttachmentRules.refusal(name, type, size).ifPresent(why -> errors.add(new FieldError("file", why)));
        if (!errors.isEmpty()) {
            return errors;
        }
        String sha256 = AttachmentRules.sha256(bytes);
        if (!StoredFile.has(sha256)) {
            StoredFile f = new StoredFile();
            f.sha256 = sha256;
            f.size = size;
            f.bytes = bytes;
            f.storedAt = clock.instant();
            f.storedBy = by.username;
            f.persist();
        }
        CaseDocument d = new CaseDocument();
        d.caseId = c.caseId;
        d.kind = kind;
        d.title = shortTitle;
        d.name = name;
        d.mediaType = type;
        d.size = size;
        d.sha256 = sha256;
        d.addedBy = by.username;
        d.addedAt = clock.instant();
        d.persist();
        return List.of();
    }

    /**
     * The files of these cases a tablet lists (R1-media): the case's documents and its visits' files, never
     * a restricted one (R7-restricted), with whether their bytes have arrived; newest first, by case.
     */
    public java.util.Map<String, List<org.doorstep.model.wire.RecordFile>> forTablets(List<String> caseIds, Withheld hidden,
                                                                                    java.time.ZoneId zone) {
        java.util.Map<String, List<org.doorstep.model.wire.RecordFile>> out = new java.util.HashMap<>();
        for (CaseDocument d : CaseDocument.<CaseDocument>list("caseId in ?1 order by addedAt desc, id desc", caseIds)) {
            if (hidden.file(d.sha256, null).isEmpty()) {
                out.computeIfAbsent(d.caseId, k -> new ArrayList<>()).add(new org.doorstep.model.wire.RecordFile(
                        d.title + " (" + d.name + ")", DocumentKind.of(d.kind).map(DocumentKind::label).orElse(d.kind),
                        d.size, true, null));
            }
        }
        List<VisitAttachment> attached = VisitAttachment.<VisitAttachment>list("caseId in ?1 order by id desc", caseIds).stream()
                .filter(f -> hidden.file(f.sha256, f.noteId).isEmpty()).toList();
        Set<String> arrived = StoredFile.arrived(attached.stream().map(f -> f.sha256).toList());
        java.util.Map<String, java.time.Instant> visited = new java.util.HashMap<>();
        if (!attached.isEmpty()) {
            org.doorstep.server.notes.CaseEntryRow.<org.doorstep.server.notes.CaseEntryRow>list("noteId in ?1",
                    attached.stream().map(f -> f.noteId).distinct().toList()).forEach(e -> visited.put(e.noteId, e.visitStart));
        }
        for (VisitAttachment f : attached) {
            java.time.Instant at = visited.get(f.noteId);
            out.computeIfAbsent(f.caseId, k -> new ArrayList<>()).add(new org.doorstep.model.wire.RecordFile(f.name,
                    f.mediaType.startsWith("image/") ? "Photo" : "Document", f.size, arrived.contains(f.sha256),
                    at == null ? null : at.atZone(zone).toLocalDate()));
        }
        return out;
    }

    /** A visit's files, for its page (only ever rendered for a reader who may see the visit), restricted files left off. */
    public List<Shown> ofVisit(String noteId) {
        List<VisitAttachment> named = VisitAttachment.ofNote(noteId);
        if (named.isEmpty()) {
            return List.of();
        }
        // R7-restricted: a file restricted on its own is left off the visit's list for a reader without access.
        Withheld hidden = Restrictions.from(ChildCase.findById(named.get(0).caseId), scope.me());
        List<VisitAttachment> files = named.stream().filter(f -> hidden.file(f.sha256, null).isEmpty()).toList();
        Set<String> arrived = StoredFile.arrived(files.stream().map(f -> f.sha256).toList());
        return files.stream().map(f -> visitFile(f, arrived, null)).toList();
    }

    /** The case's files as the signed-in person may see them: a restricted visit's files are counted, not shown. */
    public Section ofCase(String caseId) {
        ChildCase c = ChildCase.findById(caseId);
        Withheld hidden = Restrictions.from(c, scope.me());
        List<CaseDocument> all = CaseDocument.list("caseId = ?1 order by addedAt desc, id desc", caseId);
        List<CaseDocument> docs = all.stream().filter(d -> hidden.file(d.sha256, null).isEmpty()).toList();
        List<VisitAttachment> attached = VisitAttachment.ofCase(caseId);
        List<VisitAttachment> visible = attached.stream().filter(f -> hidden.file(f.sha256, f.noteId).isEmpty()).toList();
        Set<String> arrived = StoredFile.arrived(visible.stream().map(f -> f.sha256).toList());
        List<Shown> documents = docs.stream().map(d -> new Shown(d.title + " (" + d.name + ")",
                DocumentKind.of(d.kind).map(DocumentKind::label).orElse(d.kind), d.mediaType,
                AttachmentRules.inWords(d.size), d.sha256, true,
                "Added " + words.date(d.addedAt) + " by " + org.doorstep.server.workspace.VisitPage.name(d.addedBy),
                href(caseId, d.sha256, d.name), false)).toList();
        List<Shown> visitFiles = visible.stream().map(f -> visitFile(f, arrived, "visit")).toList();
        return new Section(caseId, documents, visitFiles, all.size() - docs.size() + attached.size() - visible.size());
    }

    private Shown visitFile(VisitAttachment f, Set<String> arrived, String from) {
        org.doorstep.server.notes.CaseEntryRow e = org.doorstep.server.notes.CaseEntryRow.byNoteId(f.noteId);
        String source = "Signed in the note of the visit on " + words.date(e.visitStart) + " by "
                + org.doorstep.server.workspace.VisitPage.name(e.author);
        return new Shown(f.name, f.mediaType.startsWith("image/") ? "Photo" : "Document", f.mediaType,
                AttachmentRules.inWords(f.size), f.sha256, arrived.contains(f.sha256), from == null ? null : source,
                href(f.caseId, f.sha256, f.name), true);
    }

    private static String href(String caseId, String sha256, String name) {
        return "/workspace/cases/" + caseId + "/files/" + sha256;
    }

    /** A file of the case as one reader may download it, with the name and type it was attached under. */
    public record Download(String name, String mediaType, byte[] bytes, String what) {
    }

    /**
     * The file with this hash, if this case holds it in a document or in a visit the reader may see;
     * a file only a restricted visit holds is refused like the visit.
     */
    public Download download(ChildCase c, Staff reader, String sha256) {
        Withheld hidden = Restrictions.from(c, reader);
        // R7-restricted: a restricted file is refused like a file the case does not hold, telling nothing of it.
        CaseDocument doc = AttachmentRules.isSha256(sha256) && hidden.file(sha256, null).isEmpty()
                ? CaseDocument.<CaseDocument>find("caseId = ?1 and sha256 = ?2", c.caseId, sha256).firstResult() : null;
        String name;
        String type;
        String what;
        if (doc != null) {
            name = doc.name;
            type = doc.mediaType;
            what = "Document \"" + doc.title + "\" downloaded";
        } else {
            VisitAttachment f = !AttachmentRules.isSha256(sha256) ? null : VisitAttachment.<VisitAttachment>find(
                    "caseId = ?1 and sha256 = ?2", c.caseId, sha256).list().stream()
                    .filter(v -> hidden.file(v.sha256, v.noteId).isEmpty()).findFirst().orElse(null);
            if (f == null) {
                throw new Scope.NotInScope("There is no file " + sha256 + " on case " + c.caseId + " for you to see.");
            }
            name = f.name;
            type = f.mediaType;
            what = "File \"" + f.name + "\" of visit note " + f.noteId + " downloaded";
        }
        StoredFile stored = StoredFile.findById(sha256);
        if (stored == null) {
            throw new Scope.NotInScope("The file " + name + " has not arrived from the tablet yet.");
        }
        // Checked again on every download: bytes changed in the database since they arrived are not handed out as signed.
        if (!AttachmentRules.sha256(stored.bytes).equals(sha256)) {
            throw new IllegalStateException("The stored bytes of " + sha256 + " no longer match their hash");
        }
        return new Download(name, type, stored.bytes, what);
    }
}
