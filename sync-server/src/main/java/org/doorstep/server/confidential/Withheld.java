package org.doorstep.server.confidential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;

/**
 * What one reader (a tablet, or a person without access) must not be shown of a case
 * (R7-restricted): the restrictions in force that they are not among the readers of.
 */
public record Withheld(List<Restriction> restrictions) {

    public static final Withheld NOTHING = new Withheld(List.of());

    public Withheld {
        restrictions = List.copyOf(restrictions);
    }

    public boolean entry(String noteId) {
        return restrictions.stream().anyMatch(r -> Restriction.ENTRY.equals(r.itemKind) && r.noteId.equals(noteId));
    }

    public Set<Integer> statements(String noteId) {
        return restrictions.stream().filter(r -> Restriction.STATEMENT.equals(r.itemKind) && r.noteId.equals(noteId))
                .map(r -> r.statementIndex).collect(Collectors.toSet());
    }

    /** The restriction withholding this value of the basic record, if any. */
    public Optional<Restriction> fact(long factId) {
        return restrictions.stream().filter(r -> Restriction.FACT.equals(r.itemKind) && r.factId == factId).findFirst();
    }

    /**
     * The restriction withholding this chronology line: a line typed by hand restricted itself, or the
     * line a restricted visit brought.
     */
    public Optional<Restriction> line(long lineId, String noteId) {
        return restrictions.stream().filter(r -> Restriction.LINE.equals(r.itemKind) && r.lineId == lineId
                || noteId != null && Restriction.ENTRY.equals(r.itemKind) && noteId.equals(r.noteId)).findFirst();
    }

    /** The restriction withholding this file of the case, if any; a restricted visit withholds its files too. */
    public Optional<Restriction> file(String sha256, String noteId) {
        return restrictions.stream().filter(r -> Restriction.FILE.equals(r.itemKind) && r.fileSha256.equals(sha256)
                || noteId != null && Restriction.ENTRY.equals(r.itemKind) && noteId.equals(r.noteId)).findFirst();
    }

    /**
     * The restricted fact a decision's words name, if any. A change of the basic record is recorded as a
     * decision that quotes the value ("placement becomes ..."), with no link to the fact's row, so the
     * value in its words is what ties them; such a decision is withheld with the fact.
     */
    public Optional<Restriction> namedIn(String... texts) {
        return restrictions.stream().filter(r -> Restriction.FACT.equals(r.itemKind)).filter(r -> {
            org.doorstep.server.caseload.CaseFact f = org.doorstep.server.caseload.CaseFact.findById(r.factId);
            return f != null && java.util.Arrays.stream(texts).anyMatch(t -> t != null && t.contains(f.value));
        }).findFirst();
    }

    public Set<Long> lineIds() {
        return restrictions.stream().filter(r -> Restriction.LINE.equals(r.itemKind)).map(r -> r.lineId)
                .collect(Collectors.toSet());
    }

    public Set<String> entryNoteIds() {
        return restrictions.stream().filter(r -> Restriction.ENTRY.equals(r.itemKind)).map(r -> r.noteId)
                .collect(Collectors.toSet());
    }

    public Optional<Restriction> of(String noteId, int statementIndex) {
        return restrictions.stream().filter(r -> r.covers(noteId, statementIndex)).findFirst();
    }

    /**
     * The note without its withheld statements, for a tablet. The signature covered the whole note, so
     * a tablet reads the server's {@code verified} for it, as for every entry it receives.
     */
    public VisitNote without(VisitNote note) {
        Set<Integer> out = statements(note.noteId());
        boolean files = note.attachments().stream().anyMatch(a -> file(a.sha256(), null).isPresent());
        if (out.isEmpty() && !files) {
            return note;
        }
        ObjectNode tree = (ObjectNode) Json.tree(note);
        ArrayNode said = (ArrayNode) tree.get("reportedByOthers");
        ArrayNode kept = tree.putArray("reportedByOthers");
        for (int i = 0; i < said.size(); i++) {
            if (!out.contains(i)) {
                kept.add(said.get(i));
            }
        }
        if (files) {
            ArrayNode attached = (ArrayNode) tree.get("attachments");
            ArrayNode left = tree.putArray("attachments");
            attached.forEach(a -> {
                if (file(a.path("sha256").asText(), null).isEmpty()) {
                    left.add(a);
                }
            });
        }
        return Json.convert(tree, VisitNote.class);
    }
}
