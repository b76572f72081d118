package org.doorstep.server.property;

import java.time.Instant;
import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.property.PropertyChange;
import org.doorstep.model.property.PropertyRules;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.problem.ProblemException;

/**
 * R5.4-child-property from the tablet: the changes a signed visit note carries, applied to the case's
 * property list when the note merges, each row naming the note so the history says which visit.
 * A correction applies only the changes it adds to the version it corrects ({@link PropertyRules#newInCorrection}),
 * each row naming the correction: the earlier version's are on the list already. The tablet visits
 * with the list as {@link #listsFor} gives it.
 */
public final class PropertyAtVisit {

    private PropertyAtVisit() {
    }

    /** Each case's items with where they are now, in the order they were added, in two queries. */
    public static java.util.Map<String, List<org.doorstep.model.wire.PropertyLine>> listsFor(List<String> caseIds) {
        java.util.Map<String, List<org.doorstep.model.wire.PropertyLine>> out = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        List<PropertyItem> items = PropertyItem.list("caseId in ?1 order by addedAt, id", caseIds);
        if (items.isEmpty()) {
            return out;
        }
        java.util.Map<Long, PropertyMove> now = new java.util.HashMap<>();
        PropertyMove.<PropertyMove>list("itemId in ?1 order by recordedAt, id", items.stream().map(i -> i.id).toList())
                .forEach(m -> now.put(m.itemId, m));
        for (PropertyItem i : items) {
            PropertyMove m = now.get(i.id);
            out.computeIfAbsent(i.caseId, k -> new java.util.ArrayList<>()).add(new org.doorstep.model.wire.PropertyLine(
                    i.id, i.description, m == null ? "not known" : m.location, m != null && m.returned, m != null && m.lost));
        }
        return out;
    }

    /**
     * What merging this note changes on the list: all its changes for a first record, or for a correction
     * (the stored JSON of the version it corrects given) those it adds to that version.
     */
    public static List<PropertyChange> toApply(VisitNote visit, String correctedNoteJson) {
        if (correctedNoteJson == null || visit.propertyChanges().isEmpty()) {
            return visit.propertyChanges();
        }
        return PropertyRules.newInCorrection(Json.read(correctedNoteJson, VisitNote.class).propertyChanges(),
                visit.propertyChanges());
    }

    /** Refuses, before anything is written, a change to an item that is not on this case's list. */
    public static void check(VisitNote visit, List<PropertyChange> changes) {
        for (PropertyChange c : changes) {
            if (c.kind() == PropertyChange.Kind.ADDED) {
                continue;
            }
            PropertyItem item = PropertyItem.findById(c.itemId());
            if (item == null || !item.caseId.equals(visit.caseId())) {
                throw ProblemException.of("property-item-unknown", "Unknown item of the child's property", 422,
                        "The note records a change to item " + c.itemId() + ", which is not on this child's property list.");
            }
        }
    }

    public static void apply(VisitNote visit, List<PropertyChange> changes, String noteId, Instant at) {
        for (PropertyChange c : changes) {
            PropertyItem item;
            if (c.kind() == PropertyChange.Kind.ADDED) {
                item = new PropertyItem();
                item.caseId = visit.caseId();
                item.description = c.description().strip();
                item.addedBy = visit.author();
                item.addedAt = at;
                item.noteId = noteId;
                item.persist();
            } else {
                item = PropertyItem.findById(c.itemId());
            }
            PropertyMove m = new PropertyMove();
            m.itemId = item.id;
            m.location = location(c, item);
            m.returned = c.kind() == PropertyChange.Kind.RETURNED;
            m.lost = c.kind() == PropertyChange.Kind.LOST;
            m.recordedBy = visit.author();
            m.recordedAt = at;
            m.noteId = noteId;
            m.persist();
        }
    }

    /** A lost item with no place given keeps the place it was last recorded at. */
    private static String location(PropertyChange c, PropertyItem item) {
        if (c.location() != null && !c.location().isBlank()) {
            return c.location().strip();
        }
        PropertyMove last = PropertyMove.find("itemId = ?1 order by recordedAt desc, id desc", item.id).firstResult();
        return last == null ? "not known" : last.location;
    }
}
