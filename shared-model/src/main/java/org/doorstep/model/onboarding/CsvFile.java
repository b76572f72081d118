package org.doorstep.model.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comma-separated file as an onboarding import reads it (RFC 4180: a header line, quotes around a
 * field that holds a comma, a quote or a line break, a doubled quote inside one). Each row keeps the
 * line of the file it starts on, because a person fixes the file by line number; a row that cannot be
 * read is kept as a problem rather than stopping the reading, so one dry run lists them all.
 */
public final class CsvFile {

    /** One data row: its first line in the file, and its values by (lower-case) header name. */
    public record Row(int line, Map<String, String> values) {
        /** The value under that header, stripped; empty when the row has none. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    /** A line that could not be read as a row. */
    public record Unreadable(int line, String reason) {
    }

    private final List<String> header;
    private final List<Row> rows;
    private final List<Unreadable> unreadable;

    private CsvFile(List<String> header, List<Row> rows, List<Unreadable> unreadable) {
        this.header = header;
        this.rows = rows;
        this.unreadable = unreadable;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    /** Reads the text of a file; blank lines are skipped, a byte-order mark at the start is ignored. */
    public static CsvFile read(String text) {
        String s = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        int at = 0;
        int line = 1;
        while (at < s.length()) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            String problem = null;
            for (; at < s.length(); at++) {
                char c = s.charAt(at);
                if (quoted) {
                    if (c == '"' && at + 1 < s.length() && s.charAt(at + 1) == '"') {
                        field.append('"');
                        at++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && at + 1 < s.length() && s.charAt(at + 1) == '\n') {
                        at++;
                    }
                    at++;
                    line++;
                    break;
                } else if (wasQuoted && problem == null) {
                    problem = "Text follows a closing quote; put the whole value in quotes, with any quote in it doubled";
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                problem = "A quote is opened and never closed";
            }
            fields.add(field.toString());
            if (fields.size() == 1 && fields.get(0).isBlank() && !wasQuoted) {
                continue;
            }
            if (header.isEmpty()) {
                header = fields.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            } else if (problem != null) {
                unreadable.add(new Unreadable(startLine, problem));
            } else if (fields.size() != header.size()) {
                unreadable.add(new Unreadable(startLine, "The row has " + fields.size() + " values; the header has "
                        + header.size() + " columns"));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                rows.add(new Row(startLine, values));
            }
        }
        return new CsvFile(header, rows, unreadable);
    }

    /** The columns a kind of file must have that this one lacks (empty when none is missing). */
    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !header.contains(c)).toList();
    }
}
