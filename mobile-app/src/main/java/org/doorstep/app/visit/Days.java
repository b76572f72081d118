package org.doorstep.app.visit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates typed or picked in the wizard (and the relationship form): day/month/year, as written in the UK ("8/12/2026"). */
public final class Days {

    private static final DateTimeFormatter D_M_Y = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Days() {
    }

    /** Lets the practitioner type the date as well as pick it; a date that cannot be read counts as none. */
    public static void editable(DatePicker picker) {
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : D_M_Y.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), D_M_Y);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
    }
}
