package org.doorstep.model.sketch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.CanonicalJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SketchCodecTest {

    @Test
    @DisplayName("R1-sketch: a sketch with strokes and marks decodes to what was encoded, and re-encodes to the same bytes")
    void roundTrip() {
        Sketch s = SampleSketches.small();
        String json = SketchCodec.encode(s);
        assertEquals(s, SketchCodec.decode(json));
        assertEquals(json, SketchCodec.encode(SketchCodec.decode(json)));
        assertEquals(json, CanonicalJson.asString(CanonicalJson.of(json)), "encode gives RFC 8785 canonical JSON");
    }

    @Test
    @DisplayName("R1-sketch: the JSON is the small documented object")
    void jsonShape() {
        String json = SketchCodec.encode(SampleSketches.small());
        assertTrue(json.startsWith("{\"caption\":\"Bruise on left forearm\",\"h\":800,\"marks\":[{\"basis\":\"SEEN\","), json);
        String b64 = Json.read(json, ObjectNode.class).get("strokes").asText();
        assertEquals(1, Base64.getUrlDecoder().decode(b64)[0], "stroke stream starts with version byte 1");
        assertTrue(json.contains("\"template\":\"body-front-child\",\"v\":1,\"w\":1280}"), json);
        assertTrue(json.contains("{\"basis\":\"REPORTED\",\"n\":2,\"x\":500,\"y\":200}"), "unknowns are left out: " + json);
    }

    /** A note (or any record) holding sketches gets the same form from the shared mapper. */
    record Holder(String noteId, List<Sketch> sketches) {
    }

    @Test
    @DisplayName("R1-sketch: sketches inside a note go through the shared mapper in the same form, so the signature covers them")
    void sharedMapper() {
        Holder h = new Holder("n1", List.of(SampleSketches.small(), SampleSketches.small()));
        String json = Json.write(h);
        assertEquals(h, Json.read(json, Holder.class));
        assertTrue(CanonicalJson.asString(CanonicalJson.ofValue(h)).contains(SketchCodec.encode(SampleSketches.small())));
    }

    @Test
    @DisplayName("R1-sketch: the shared mapper refuses a tampered sketch inside a note")
    void sharedMapperRefuses() {
        String json = Json.write(new Holder("n1", List.of(SampleSketches.small()))).replace("\"v\":1", "\"v\":9");
        assertThrows(Json.MalformedJsonException.class, () -> Json.read(json, Holder.class));
    }

    @Test
    @DisplayName("R1-sketch: a 1,000-point stroke survives exactly, timing and pressure included")
    void handDrawnExact() {
        List<Stroke> strokes = SampleSketches.handDrawn(7, 30, 3_000, 1280, 800);
        byte[] bytes = SketchCodec.encodeStrokes(strokes);
        assertEquals(strokes, SketchCodec.decodeStrokes(bytes));
        assertArrayEquals(bytes, SketchCodec.encodeStrokes(SketchCodec.decodeStrokes(bytes)));
    }

    @Test
    @DisplayName("R1-sketch: every truncation of a stroke stream is refused")
    void truncationRefused() {
        byte[] bytes = SketchCodec.encodeStrokes(SampleSketches.small().strokes());
        for (int len = 0; len < bytes.length; len++) {
            byte[] cut = Arrays.copyOf(bytes, len);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SketchCodec.decodeStrokes(cut), "length " + len);
            assertTrue(e.getMessage().contains("stroke data"), e.getMessage());
        }
    }

    @Test
    @DisplayName("R1-sketch: trailing bytes, stray padding bits and an unknown stream version are refused")
    void trailingAndVersionRefused() {
        byte[] bytes = SketchCodec.encodeStrokes(SampleSketches.small().strokes());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> SketchCodec.decodeStrokes(longer));
        byte[] wrongVersion = bytes.clone();
        wrongVersion[0] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SketchCodec.decodeStrokes(wrongVersion));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        // one empty stroke list: version byte, ue(0) = "1", padded: 1000 0000
        assertEquals(List.of(), SketchCodec.decodeStrokes(new byte[] {1, (byte) 0x80}));
        assertThrows(IllegalArgumentException.class, () -> SketchCodec.decodeStrokes(new byte[] {1, (byte) 0x81}));
    }

    @Test
    @DisplayName("R1-sketch: a stream that spells a style twice instead of referring to it is refused (one spelling per sketch)")
    void nonCanonicalStyleRefused() {
        Stroke a = new Stroke(0x000000, 1, Tool.PEN, 0, List.of(new InkPoint(0, 0, 0, 0)));
        byte[] canonical = SketchCodec.encodeStrokes(List.of(a, a));
        // hand-build the same two strokes with the style written out again
        BitStream.Writer w = new BitStream.Writer();
        w.writeByte(1);
        w.ue(2);
        for (int i = 0; i < 2; i++) {
            w.bit(0);
            w.bit(0);
            w.bits(0, 24);
            w.ue(9);
            w.se(0);
            w.ue(0);
            w.se(0);
            w.se(0);
            w.ue(0);
            w.bit(0); // rice(p, 0) with k = 2 -> "0" + "00"
            w.bits(0, 2);
        }
        byte[] spelled = w.toBytes();
        assertTrue(!Arrays.equals(canonical, spelled));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SketchCodec.decodeStrokes(spelled));
        assertTrue(e.getMessage().contains("repeats the previous stroke's style"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "not json",
            "[]",
            "{\"v\":1}",
            "{\"v\":2,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[],\"extra\":1}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA=\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYB\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"A+A\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\"}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":0,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10.5,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"Blank!\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[],\"v\":1}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]} {}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1,\"y\":1}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1.3,\"y\":1,\"basis\":\"SEEN\"}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1,\"y\":1,\"basis\":\"GUESSED\"}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1,\"y\":1,\"basis\":\"SEEN\",\"site\":\"\"}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1,\"y\":1,\"basis\":\"SEEN\",\"surface\":[\"SCAB\",\"SCAB\"]}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":1,\"x\":1,\"y\":1,\"basis\":\"SEEN\",\"swelling\":\"yes\"}]}",
            "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[{\"n\":2,\"x\":1,\"y\":1,\"basis\":\"SEEN\"},{\"n\":1,\"x\":1,\"y\":1,\"basis\":\"SEEN\"}]}",
    })
    @DisplayName("R1-sketch: malformed sketch JSON is refused with a clear IllegalArgumentException")
    void garbageRefused(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SketchCodec.decode(json));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    @DisplayName("R1-sketch: the minimal valid sketch the garbage cases are built from is accepted")
    void minimalAccepted() {
        String json = "{\"v\":1,\"template\":\"blank\",\"caption\":\"\",\"w\":10,\"h\":10,\"strokes\":\"AYA\",\"marks\":[]}";
        Sketch s = SketchCodec.decode(json);
        assertEquals(Sketch.of("blank", "", 10, 10, List.of(), List.of()), s);
        assertEquals("{\"caption\":\"\",\"h\":10,\"marks\":[],\"strokes\":\"AYA\",\"template\":\"blank\",\"v\":1,\"w\":10}", SketchCodec.encode(s));
    }

    @Test
    @DisplayName("R1-sketch: values are snapped to the stored grid when made, so what the tablet shows is what is signed")
    void quantizedOnConstruction() {
        InkPoint p = new InkPoint(10.1, 20.4, 5, 0.333);
        assertEquals(new InkPoint(10.0, 20.5, 5, 0.33), p);
        assertThrows(IllegalArgumentException.class, () -> new InkPoint(Double.NaN, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new InkPoint(0, 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new InkPoint(0, 0, 0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(0x1000000, 1, Tool.PEN, 0, List.of(p)));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(0, 1, Tool.PEN, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(0, 1, Tool.PEN, 0,
                List.of(new InkPoint(0, 0, 10, 0), new InkPoint(0, 0, 9, 0))));
        assertThrows(IllegalArgumentException.class, () -> Sketch.of("blank", "\uD800 broken", 10, 10, List.of(), List.of()));
        assertEquals("😀", Sketch.of("blank", "😀", 10, 10, List.of(), List.of()).caption());
    }

    @Test
    @DisplayName("R1-sketch: a changed point changes the canonical bytes (the signature covers the ink)")
    void inkIsCovered() {
        Sketch s = SampleSketches.small();
        ObjectNode tree = SketchCodec.toTree(s);
        List<Stroke> moved = new java.util.ArrayList<>(s.strokes());
        Stroke first = moved.get(0);
        List<InkPoint> pts = new java.util.ArrayList<>(first.points());
        pts.set(1, new InkPoint(pts.get(1).x() + 0.25, pts.get(1).y(), pts.get(1).t(), pts.get(1).pressure()));
        moved.set(0, new Stroke(first.rgb(), first.width(), first.tool(), first.startMs(), pts));
        Sketch t = Sketch.of(s.templateId(), s.caption(), s.width(), s.height(), moved, s.marks());
        assertTrue(!Arrays.equals(SketchCodec.canonicalBytes(s), SketchCodec.canonicalBytes(t)));
        assertEquals(CanonicalJson.asString(CanonicalJson.of(tree)), SketchCodec.encode(s));
        assertEquals(SketchCodec.encode(s).getBytes(StandardCharsets.UTF_8).length, SketchCodec.canonicalBytes(s).length);
    }
}
