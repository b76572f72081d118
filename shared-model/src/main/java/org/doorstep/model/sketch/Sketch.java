package org.doorstep.model.sketch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A drawing that is part of a visit note (R1-sketch): ink and numbered marks over a template,
 * with a caption. Several may belong to one note. Written to JSON (also by the shared mapper) as
 * the compact object of {@link SketchCodec}; that JSON is inside the note, so the signature covers
 * every point.
 *
 * @param version    format version, {@link #FORMAT_VERSION}
 * @param templateId a {@link SketchTemplates} id such as "body-front-child"
 * @param caption    what the drawing shows, e.g. "How T. said the kettle fell"; may be empty
 * @param width      canvas width in logical units
 * @param height     canvas height in logical units
 * @param strokes    in drawing order (later strokes paint over earlier ones)
 * @param marks      numbered pins, in ascending number order
 */
@JsonSerialize(using = SketchCodec.JsonWriter.class)
@JsonDeserialize(using = SketchCodec.JsonReader.class)
public record Sketch(int version, String templateId, String caption, int width, int height,
                     List<Stroke> strokes, List<Mark> marks) {

    public static final int FORMAT_VERSION = 1;
    public static final int MAX_CANVAS = 10_000;
    public static final int MAX_CAPTION = 500;
    public static final int MAX_STROKES = 10_000;
    public static final int MAX_TOTAL_POINTS = 1_000_000;
    public static final int MAX_MARKS = 500;

    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Sketch {
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported sketch format version " + version + " (this build reads " + FORMAT_VERSION + ")");
        }
        if (templateId == null || templateId.length() > 64 || !TEMPLATE_ID.matcher(templateId).matches()) {
            throw new IllegalArgumentException("template id must be lower-case words joined by '-', was " + templateId);
        }
        caption = caption == null ? "" : Texts.wellFormed(caption, "caption");
        if (caption.length() > MAX_CAPTION) {
            throw new IllegalArgumentException("caption is longer than " + MAX_CAPTION + " characters");
        }
        if (width < 1 || width > MAX_CANVAS || height < 1 || height > MAX_CANVAS) {
            throw new IllegalArgumentException("canvas must be 1.." + MAX_CANVAS + " units each way, was " + width + "x" + height);
        }
        strokes = List.copyOf(strokes);
        if (strokes.size() > MAX_STROKES) {
            throw new IllegalArgumentException("more than " + MAX_STROKES + " strokes");
        }
        long points = strokes.stream().mapToLong(s -> s.points().size()).sum();
        if (points > MAX_TOTAL_POINTS) {
            throw new IllegalArgumentException("more than " + MAX_TOTAL_POINTS + " points in one sketch");
        }
        marks = List.copyOf(marks);
        if (marks.size() > MAX_MARKS) {
            throw new IllegalArgumentException("more than " + MAX_MARKS + " marks");
        }
        var seen = new HashSet<Integer>();
        for (int i = 0; i < marks.size(); i++) {
            int n = marks.get(i).number();
            if (!seen.add(n) || (i > 0 && n < marks.get(i - 1).number())) {
                throw new IllegalArgumentException("marks must have unique numbers in ascending order; " + n + " is out of place");
            }
        }
    }

    /** A sketch in the current format. */
    public static Sketch of(String templateId, String caption, int width, int height, List<Stroke> strokes, List<Mark> marks) {
        return new Sketch(FORMAT_VERSION, templateId, caption, width, height, strokes, marks);
    }

    public int pointCount() {
        return strokes.stream().mapToInt(s -> s.points().size()).sum();
    }
}
