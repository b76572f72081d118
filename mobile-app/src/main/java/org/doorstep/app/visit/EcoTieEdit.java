package org.doorstep.app.visit;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.model.family.EcoMap;

/**
 * One person or service on the child's eco-map as typed at the visit (R5.6-genogram): kept in the
 * draft with public fields so it stores as JSON, and may be half filled (no kind or strength chosen
 * yet); {@link EcoMap#problems()} says what is missing beside the row.
 */
public final class EcoTieEdit {
    public String name = "";
    public EcoMap.Kind kind;
    public EcoMap.Strength strength;

    public EcoTieEdit() {
    }

    EcoTieEdit(String name, EcoMap.Kind kind, EcoMap.Strength strength) {
        this.name = name == null ? "" : name;
        this.kind = kind;
        this.strength = strength;
    }

    EcoMap.Tie tie() {
        return new EcoMap.Tie(name, kind, strength);
    }

    /** The rows to edit, from a map recorded earlier (the case's latest, or the note being corrected). */
    static List<EcoTieEdit> of(EcoMap map) {
        List<EcoTieEdit> out = new ArrayList<>();
        if (map != null) {
            map.ties().forEach(t -> out.add(new EcoTieEdit(t.name(), t.kind(), t.strength())));
        }
        return out;
    }

    /** The eco-map these rows make for the child; null when there are none, so the note carries none. */
    static EcoMap map(String childName, List<EcoTieEdit> rows) {
        return rows.isEmpty() ? null : new EcoMap(childName, rows.stream().map(EcoTieEdit::tie).toList());
    }
}
