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

    public Optional<Restriction> of(String noteId, int statementIndex) {
        return restrictions.stream().filter(r -> r.covers(noteId, statementIndex)).findFirst();
    }

    /**
     * The note without its withheld statements, for a tablet. The signature covered the whole note, so
     * a tablet reads the server's {@code verified} for it, as for every entry it receives.
     */
    public VisitNote without(VisitNote note) {
        Set<Integer> out = statements(note.noteId());
        if (out.isEmpty()) {
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
        return Json.convert(tree, VisitNote.class);
    }
}
