package org.doorstep.server.property;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.property.PropertyRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Words;

/**
 * The child's belongings and where they are (R5.4-child-property): an item is added once with where
 * it is; each later place, and its return to the child, is a new move, so the history stays.
 */
@ApplicationScoped
@Named("childProperty")
public class ChildProperty {

    /** One place an item has been; {@link Item#earlier} holds them newest first. */
    @TemplateData
    public record Place(String location, boolean returned, String by, String at, boolean lost, String atVisit) {
        /**
         * " at the visit of 3 Dec 2026" when a tablet's visit note recorded it, " by the correction signed
         * 5 Dec 2026 of the visit of 3 Dec 2026" when a correction of one did, else empty.
         */
        public String visitWords() {
            return atVisit == null ? "" : " " + atVisit;
        }
    }

    @TemplateData
    public record Item(long id, String description, Place now, List<Place> earlier, String addedBy, String addedAt) {
        /** What ends the ids of this item's fields, so each item's form has its own. */
        public String slot() {
            return Long.toString(id);
        }
    }

    /** The list as the page and the case record show it. */
    @TemplateData
    public record Section(String caseId, boolean lookedAfter, List<Item> items) {
        public long held() {
            return items.stream().filter(i -> !i.now().returned()).count();
        }
    }

    /** Done, or the errors to show beside the fields. */
    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final Words words;

    ChildProperty(Clock clock, Words words) {
        this.clock = clock;
        this.words = words;
    }

    @Transactional
    public Outcome add(ChildCase c, Staff by, String description, String location) {
        List<FieldError> errors = new ArrayList<>();
        PropertyRules.item(description, location).forEach(v -> errors.add(new FieldError("property-" + v.field(), v.message())));
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        PropertyItem item = new PropertyItem();
        item.caseId = c.caseId;
        item.description = description.strip();
        item.addedBy = by.username;
        item.addedAt = clock.instant();
        item.persist();
        move(item, by, location, false);
        return new Outcome(List.of());
    }

    /** A new place for the item, or its return to the child; the field's id carries the item's id. */
    @Transactional
    public Outcome moved(PropertyItem item, Staff by, String location, boolean returned) {
        List<FieldError> errors = new ArrayList<>();
        PropertyRules.location(location).forEach(v -> errors.add(new FieldError("move-" + item.id, v.message())));
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        move(item, by, location, returned);
        return new Outcome(List.of());
    }

    /** The item, if it is the case's. */
    public PropertyItem itemOf(ChildCase c, long id) {
        PropertyItem i = PropertyItem.findById(id);
        return i != null && i.caseId.equals(c.caseId) ? i : null;
    }

    public Section of(ChildCase c) {
        List<PropertyItem> items = PropertyItem.list("caseId = ?1 order by addedAt, id", c.caseId);
        List<Item> shown = items.stream().map(i -> {
            List<Place> places = PropertyMove.<PropertyMove>list("itemId = ?1 order by recordedAt desc, id desc", i.id).stream()
                    .map(m -> new Place(m.location, m.returned, name(m.recordedBy), words.dateTime(m.recordedAt), m.lost,
                            visitDate(m.noteId))).toList();
            return new Item(i.id, i.description, places.get(0), places.subList(1, places.size()), name(i.addedBy),
                    words.dateTime(i.addedAt));
        }).toList();
        return new Section(c.caseId, PropertyRules.lookedAfter(c.legalStatus), shown);
    }

    /** For the case record's section, by case id (the record page has the id, not the entity). */
    public Section of(String caseId) {
        return of(ChildCase.<ChildCase>findById(caseId));
    }

    private void move(PropertyItem item, Staff by, String location, boolean returned) {
        PropertyMove m = new PropertyMove();
        m.itemId = item.id;
        m.location = location.strip();
        m.returned = returned;
        m.recordedBy = by.username;
        m.recordedAt = clock.instant();
        m.persist();
    }

    /**
     * Which visit's note recorded a change, for the history, naming a correction as one (R11-rectify: the
     * earlier version stays as signed, so the place came from the correction); null for the workspace's own.
     */
    private String visitDate(String noteId) {
        if (noteId == null) {
            return null;
        }
        org.doorstep.server.notes.CaseEntryRow e = org.doorstep.server.notes.CaseEntryRow.byNoteId(noteId);
        if (e == null || e.visitStart == null) {
            return "at visit note " + noteId;
        }
        String visit = "the visit of " + words.date(e.visitStart);
        return e.amends == null ? "at " + visit : "by the correction signed " + words.date(e.signedAt) + " of " + visit;
    }

    private static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
