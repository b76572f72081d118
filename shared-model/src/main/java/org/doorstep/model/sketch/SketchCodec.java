package org.doorstep.model.sketch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.CanonicalJson;

/**
 * The stored form of a {@link Sketch}, format version 1.
 *
 * <h2>JSON</h2>
 * A small object that sits inside the signed note, so its RFC 8785 canonical bytes are what the
 * signature covers:
 * <pre>{"v":1,"template":"body-front-child","caption":"...","w":1280,"h":800,
 *  "strokes":"&lt;base64url&gt;","marks":[{"n":1,"x":612.5,"y":402,"region":"forearm-left",
 *  "site":"left forearm","basis":"SEEN",...}]}</pre>
 * Mark fields that are unknown are left out rather than written as null; an unknown key, a wrong
 * type or a number off the grid is refused, because signed content is never silently repaired.
 *
 * <h2>Stroke stream</h2>
 * Base64url (no padding) of: one version byte (1), then a bit stream, most significant bit first,
 * padded with zero bits to a whole byte:
 * <pre>
 * ue(strokeCount)
 * per stroke:
 *   bit sameStyle                      1 = tool, colour and width as the previous stroke (never on the first)
 *   if not: bit tool (0 pen, 1 highlighter), 24 bits 0xRRGGBB, ue(widthSteps - 1)   (must differ from previous)
 *   se(startMs - previous startMs)
 *   ue(pointCount - 1)
 *   first point: se(dx), se(dy) from the previous stroke's last point (0,0 at first), ue(t),
 *                rice_P(pressure - previous pressure)
 *   second:      rice_X(dx), rice_Y(dy), rice_T(dt - previous dt), rice_P(dp)
 *   third:       rice_X/Y(coordinate - (2 * previous - the one before)), rice_T, rice_P as above
 *   later:       rice_X/Y(coordinate - (previous + floor((previous - three back) / 2))), rice_T, rice_P
 * </pre>
 * ue/se are Exp-Golomb codes (se zigzag-maps signed values first). rice_C is a Rice code whose
 * parameter adapts per channel to the mean of the recent values (see {@link BitStream.Channel}),
 * escaping to Exp-Golomb for outliers. Coordinates are quarters of a logical unit, pressure
 * hundredths, times milliseconds. Every value has exactly one spelling, so
 * {@code encode(decode(bytes))} gives back the same bytes.
 */
public final class SketchCodec {

    static final int STREAM_VERSION = 1;

    private static final Set<String> SKETCH_KEYS = Set.of("v", "template", "caption", "w", "h", "strokes", "marks");
    private static final Set<String> MARK_KEYS = Set.of("n", "x", "y", "region", "site", "sizeCm", "shape", "colours",
            "skinBroken", "swelling", "surface", "childExplanation", "carerExplanation", "basis", "firstNoticed");

    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SketchCodec() {
    }

    // ------------------------------------------------------------------ whole sketch

    /** The sketch as RFC 8785 canonical JSON. */
    public static String encode(Sketch sketch) {
        return CanonicalJson.asString(canonicalBytes(sketch));
    }

    /** The UTF-8 bytes of {@link #encode}: what a signature over this sketch alone would cover. */
    public static byte[] canonicalBytes(Sketch sketch) {
        return CanonicalJson.of(toTree(sketch));
    }

    /** Reads a sketch from its JSON; anything malformed is refused with an IllegalArgumentException that says why. */
    public static Sketch decode(String json) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("sketch is not valid JSON: " + e.getMessage(), e);
        }
        if (tree == null) {
            throw new IllegalArgumentException("sketch JSON is empty");
        }
        return fromTree(tree);
    }

    public static ObjectNode toTree(Sketch s) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("v", s.version());
        o.put("template", s.templateId());
        o.put("caption", s.caption());
        o.put("w", s.width());
        o.put("h", s.height());
        o.put("strokes", Base64.getUrlEncoder().withoutPadding().encodeToString(encodeStrokes(s.strokes())));
        ArrayNode marks = o.putArray("marks");
        for (Mark m : s.marks()) {
            marks.add(markTree(m));
        }
        return o;
    }

    public static Sketch fromTree(JsonNode o) {
        requireObject(o, "sketch", SKETCH_KEYS);
        int version = intField(o, "v", "sketch");
        if (version != Sketch.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported sketch format version " + version + " (this build reads " + Sketch.FORMAT_VERSION + ")");
        }
        String template = textField(o, "template", "sketch", true);
        String caption = textField(o, "caption", "sketch", true);
        int w = intField(o, "w", "sketch");
        int h = intField(o, "h", "sketch");
        String b64 = textField(o, "strokes", "sketch", true);
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sketch strokes are not base64url: " + e.getMessage(), e);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(b64)) {
            throw new IllegalArgumentException("sketch strokes are not in canonical base64url (no padding, no stray bits)");
        }
        List<Stroke> strokes = decodeStrokes(bytes);
        JsonNode marksNode = o.get("marks");
        if (marksNode == null || !marksNode.isArray()) {
            throw new IllegalArgumentException("sketch needs a \"marks\" array (empty when there are none)");
        }
        List<Mark> marks = new ArrayList<>();
        for (JsonNode m : marksNode) {
            marks.add(markFrom(m));
        }
        return new Sketch(version, template, caption, w, h, strokes, marks);
    }

    // ------------------------------------------------------------------ marks

    private static ObjectNode markTree(Mark m) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("n", m.number());
        o.put("x", m.x());
        o.put("y", m.y());
        putText(o, "region", m.regionId());
        putText(o, "site", m.site());
        if (m.sizeCm() != null) {
            o.put("sizeCm", m.sizeCm());
        }
        putText(o, "shape", m.shape());
        if (!m.colours().isEmpty()) {
            ArrayNode a = o.putArray("colours");
            m.colours().forEach(a::add);
        }
        if (m.skinBroken() != null) {
            o.put("skinBroken", m.skinBroken());
        }
        if (m.swelling() != null) {
            o.put("swelling", m.swelling());
        }
        if (!m.surface().isEmpty()) {
            ArrayNode a = o.putArray("surface");
            m.surface().forEach(s -> a.add(s.name()));
        }
        putText(o, "childExplanation", m.childExplanation());
        putText(o, "carerExplanation", m.carerExplanation());
        o.put("basis", m.basis().name());
        putText(o, "firstNoticed", m.firstNoticed());
        return o;
    }

    private static Mark markFrom(JsonNode o) {
        requireObject(o, "mark", MARK_KEYS);
        int n = intField(o, "n", "mark");
        String where = "mark " + n;
        double x = gridNumber(o, "x", where, Quantum.COORD);
        double y = gridNumber(o, "y", where, Quantum.COORD);
        Double size = o.has("sizeCm") ? gridNumber(o, "sizeCm", where, 10) : null;
        List<String> colours = new ArrayList<>();
        if (o.has("colours")) {
            for (JsonNode c : array(o, "colours", where)) {
                colours.add(textValue(c, where + " colour"));
            }
        }
        List<SurfaceSign> surface = new ArrayList<>();
        if (o.has("surface")) {
            for (JsonNode c : array(o, "surface", where)) {
                surface.add(enumValue(SurfaceSign.class, textValue(c, where + " surface"), where + " surface"));
            }
        }
        MarkBasis basis = enumValue(MarkBasis.class, textField(o, "basis", where, true), where + " basis");
        Mark m = new Mark(n, x, y, textField(o, "region", where, false), textField(o, "site", where, false), size,
                textField(o, "shape", where, false), colours, boolField(o, "skinBroken", where), boolField(o, "swelling", where),
                surface, textField(o, "childExplanation", where, false), textField(o, "carerExplanation", where, false),
                basis, textField(o, "firstNoticed", where, false));
        if (!java.util.Arrays.equals(CanonicalJson.of(markTree(m)), CanonicalJson.of(o))) {
            throw new IllegalArgumentException(where + " is not in canonical form (empty texts or lists, repeated or unordered surface signs)");
        }
        return m;
    }

    private static void putText(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void requireObject(JsonNode o, String what, Set<String> keys) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) {
                throw new IllegalArgumentException(what + " has an unknown field \"" + k + "\"");
            }
        }
    }

    private static int intField(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException(where + " needs a whole number \"" + key + "\"");
        }
        return n.intValue();
    }

    private static double gridNumber(JsonNode o, String key, String where, int perUnit) {
        JsonNode n = o.get(key);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException(where + " needs a number \"" + key + "\"");
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v) || Math.abs(v) > Quantum.MAX_COORD || Math.round(v * perUnit) / (double) perUnit != v) {
            throw new IllegalArgumentException(where + " \"" + key + "\" must be a multiple of 1/" + perUnit + " within range, was " + n);
        }
        return v;
    }

    private static String textField(JsonNode o, String key, String where, boolean required) {
        JsonNode n = o.get(key);
        if (n == null) {
            if (required) {
                throw new IllegalArgumentException(where + " needs a text \"" + key + "\"");
            }
            return null;
        }
        return textValue(n, where + " \"" + key + "\"");
    }

    private static String textValue(JsonNode n, String where) {
        if (!n.isTextual()) {
            throw new IllegalArgumentException(where + " must be text");
        }
        return n.textValue();
    }

    private static Boolean boolField(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            throw new IllegalArgumentException(where + " \"" + key + "\" must be true or false");
        }
        return n.booleanValue();
    }

    private static JsonNode array(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + " \"" + key + "\" must be a list");
        }
        return n;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(where + " must be one of " + List.of(type.getEnumConstants()) + ", was " + value);
    }

    // ------------------------------------------------------------------ strokes

    /** The stroke stream (version byte and bits), before base64url. */
    public static byte[] encodeStrokes(List<Stroke> strokes) {
        BitStream.Writer w = new BitStream.Writer();
        w.writeByte(STREAM_VERSION);
        w.ue(strokes.size());
        Channels c = new Channels();
        Stroke previous = null;
        long lastStart = 0;
        int lastX = 0;
        int lastY = 0;
        int lastP = 0;
        for (Stroke s : strokes) {
            boolean same = previous != null && sameStyle(previous, s);
            w.bit(same ? 1 : 0);
            if (!same) {
                w.bit(s.tool() == Tool.HIGHLIGHTER ? 1 : 0);
                w.bits(s.rgb(), 24);
                w.ue(s.widthSteps() - 1L);
            }
            w.se(s.startMs() - lastStart);
            lastStart = s.startMs();
            List<InkPoint> pts = s.points();
            w.ue(pts.size() - 1L);
            int px2 = 0;
            int py2 = 0;
            int px3 = 0;
            int py3 = 0;
            int prevT = 0;
            for (int i = 0; i < pts.size(); i++) {
                InkPoint p = pts.get(i);
                int x = p.xSteps();
                int y = p.ySteps();
                if (i == 0) {
                    w.se((long) x - lastX);
                    w.se((long) y - lastY);
                    w.ue(p.t());
                } else {
                    w.rice(c.x, (long) x - predict(i, lastX, px2, px3));
                    w.rice(c.y, (long) y - predict(i, lastY, py2, py3));
                    int dt = p.t() - prevT;
                    w.rice(c.t, (long) dt - c.lastDt);
                    c.lastDt = dt;
                }
                w.rice(c.p, (long) p.pressureSteps() - lastP);
                px3 = px2;
                py3 = py2;
                px2 = lastX;
                py2 = lastY;
                lastX = x;
                lastY = y;
                lastP = p.pressureSteps();
                prevT = p.t();
            }
            previous = s;
        }
        return w.toBytes();
    }

    /** Reads a stroke stream; refuses wrong versions, truncation, out-of-range values and trailing data. */
    public static List<Stroke> decodeStrokes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("stroke data is empty (it starts with a version byte)");
        }
        BitStream.Reader r = new BitStream.Reader(bytes);
        int version = r.readByte();
        if (version != STREAM_VERSION) {
            throw new IllegalArgumentException("unsupported stroke data version " + version + " (this build reads " + STREAM_VERSION + ")");
        }
        long count = r.ue();
        if (count > Sketch.MAX_STROKES) {
            throw new IllegalArgumentException("stroke data claims " + count + " strokes; at most " + Sketch.MAX_STROKES);
        }
        List<Stroke> strokes = new ArrayList<>();
        Channels c = new Channels();
        Stroke previous = null;
        long lastStart = 0;
        int lastX = 0;
        int lastY = 0;
        int lastP = 0;
        long total = 0;
        for (int si = 0; si < count; si++) {
            String where = "stroke " + (si + 1);
            boolean same = r.bit() == 1;
            Tool tool;
            int rgb;
            long widthSteps;
            if (same) {
                if (previous == null) {
                    throw new IllegalArgumentException(where + " copies the style of a stroke before it, but it is the first");
                }
                tool = previous.tool();
                rgb = previous.rgb();
                widthSteps = previous.widthSteps();
            } else {
                tool = r.bit() == 1 ? Tool.HIGHLIGHTER : Tool.PEN;
                rgb = (int) r.bits(24);
                widthSteps = r.ue() + 1;
                if (widthSteps > Stroke.MAX_WIDTH * Quantum.COORD) {
                    throw new IllegalArgumentException(where + " is wider than " + (int) Stroke.MAX_WIDTH);
                }
            }
            long start = lastStart + r.se();
            if (start < 0 || start > 1L << 50) {
                throw new IllegalArgumentException(where + " starts at an impossible time " + start);
            }
            lastStart = start;
            long n = r.ue() + 1;
            total += n;
            if (n > Stroke.MAX_POINTS || total > Sketch.MAX_TOTAL_POINTS) {
                throw new IllegalArgumentException(where + " claims too many points (" + n + ")");
            }
            List<InkPoint> pts = new ArrayList<>();
            int px2 = 0;
            int py2 = 0;
            int px3 = 0;
            int py3 = 0;
            long t = 0;
            for (int i = 0; i < n; i++) {
                long x;
                long y;
                if (i == 0) {
                    x = lastX + r.se();
                    y = lastY + r.se();
                    t = r.ue();
                } else {
                    x = predict(i, lastX, px2, px3) + r.rice(c.x);
                    y = predict(i, lastY, py2, py3) + r.rice(c.y);
                    long dt = c.lastDt + r.rice(c.t);
                    if (dt < 0 || dt > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException(where + " point " + (i + 1) + " goes back in time");
                    }
                    c.lastDt = (int) dt;
                    t += dt;
                }
                long p = lastP + r.rice(c.p);
                long maxSteps = (long) (Quantum.MAX_COORD * Quantum.COORD);
                if (Math.abs(x) > maxSteps || Math.abs(y) > maxSteps || t > Integer.MAX_VALUE || p < 0 || p > Quantum.PRESSURE) {
                    throw new IllegalArgumentException(where + " point " + (i + 1) + " is out of range");
                }
                pts.add(new InkPoint(x / (double) Quantum.COORD, y / (double) Quantum.COORD, (int) t, p / (double) Quantum.PRESSURE));
                px3 = px2;
                py3 = py2;
                px2 = lastX;
                py2 = lastY;
                lastX = (int) x;
                lastY = (int) y;
                lastP = (int) p;
            }
            Stroke s = new Stroke(rgb, widthSteps / (double) Quantum.COORD, tool, start, pts);
            if (!same && previous != null && sameStyle(previous, s)) {
                throw new IllegalArgumentException(where + " repeats the previous stroke's style instead of referring to it");
            }
            strokes.add(s);
            previous = s;
        }
        r.expectEnd();
        return strokes;
    }

    private static boolean sameStyle(Stroke a, Stroke b) {
        return a.tool() == b.tool() && a.rgb() == b.rgb() && a.widthSteps() == b.widthSteps();
    }

    /**
     * Where the next point is expected: the second at the first, the third one step further on, and
     * later ones half the last two steps further on (averaging two steps halves the effect of hand
     * jitter on the guess).
     */
    private static long predict(int i, int last, int back2, int back3) {
        if (i == 1) {
            return last;
        }
        if (i == 2) {
            return 2L * last - back2;
        }
        return last + Math.floorDiv((long) last - back3, 2);
    }

    private static final class Channels {
        final BitStream.Channel x = new BitStream.Channel();
        final BitStream.Channel y = new BitStream.Channel();
        final BitStream.Channel t = new BitStream.Channel();
        final BitStream.Channel p = new BitStream.Channel();
        int lastDt;
    }

    // ------------------------------------------------------------------ Jackson

    /** Lets the shared mapper write a Sketch (e.g. inside a note) in this form. */
    public static final class JsonWriter extends StdSerializer<Sketch> {
        public JsonWriter() {
            super(Sketch.class);
        }

        @Override
        public void serialize(Sketch value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeTree(toTree(value));
        }
    }

    /** Lets the shared mapper read a Sketch in this form, refusing what {@link #fromTree} refuses. */
    public static final class JsonReader extends StdDeserializer<Sketch> {
        public JsonReader() {
            super(Sketch.class);
        }

        @Override
        public Sketch deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = p.readValueAsTree();
            try {
                return fromTree(tree);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, "Invalid sketch: " + e.getMessage(), e);
            }
        }
    }
}
