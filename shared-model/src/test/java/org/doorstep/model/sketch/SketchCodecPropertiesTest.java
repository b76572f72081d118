package org.doorstep.model.sketch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Property-based round trips of the sketch format (jqwik; its @Label names the requirement, since jqwik refuses JUnit annotations on properties). */
class SketchCodecPropertiesTest {

    @Property(tries = 300)
    @Label("R1-sketch: decode(encode(sketch)) equals the sketch")
    boolean sketchRoundTrip(@ForAll("sketches") Sketch s) {
        return SketchCodec.decode(SketchCodec.encode(s)).equals(s);
    }

    @Property(tries = 300)
    @Label("R1-sketch: encode(decode(json)) is byte-identical to json")
    boolean jsonBytesStable(@ForAll("sketches") Sketch s) {
        byte[] once = SketchCodec.canonicalBytes(s);
        return Arrays.equals(once, SketchCodec.canonicalBytes(SketchCodec.decode(new String(once, java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Property(tries = 2_000)
    @Label("R1-sketch: any bytes either decode to strokes that re-encode to the same bytes, or are refused with IllegalArgumentException")
    boolean arbitraryBytes(@ForAll @Size(max = 64) byte[] tail, @ForAll boolean versionFirst) {
        byte[] bytes = tail;
        if (versionFirst) {
            bytes = new byte[tail.length + 1];
            bytes[0] = 1;
            System.arraycopy(tail, 0, bytes, 1, tail.length);
        }
        List<Stroke> strokes;
        try {
            strokes = SketchCodec.decodeStrokes(bytes);
        } catch (IllegalArgumentException refused) {
            return true;
        }
        return Arrays.equals(bytes, SketchCodec.encodeStrokes(strokes));
    }

    @Property(tries = 300)
    @Label("R1-sketch: flipping any one bit of the stroke stream is refused or changes the strokes")
    boolean bitFlip(@ForAll("strokeLists") List<Stroke> strokes, @ForAll int where) {
        byte[] bytes = SketchCodec.encodeStrokes(strokes);
        int bit = Math.floorMod(where, bytes.length * 8);
        bytes[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        try {
            return !SketchCodec.decodeStrokes(bytes).equals(strokes);
        } catch (IllegalArgumentException refused) {
            return true;
        }
    }

    @Provide
    Arbitrary<Sketch> sketches() {
        Arbitrary<String> template = Arbitraries.of(SketchTemplates.all().stream().map(SketchTemplate::id).toList());
        return Combinators.combine(template, text(80), Arbitraries.integers().between(1, Sketch.MAX_CANVAS),
                        Arbitraries.integers().between(1, Sketch.MAX_CANVAS), strokeLists(), marks())
                .as((t, caption, w, h, strokes, marks) -> Sketch.of(t, caption, w, h, strokes, marks));
    }

    @Provide
    Arbitrary<List<Stroke>> strokeLists() {
        return stroke().list().ofMaxSize(8);
    }

    private Arbitrary<Stroke> stroke() {
        Arbitrary<Integer> rgb = Arbitraries.oneOf(Arbitraries.of(0x000000, 0x1a237e, 0xd32f2f), Arbitraries.integers().between(0, 0xffffff));
        Arbitrary<Double> width = Arbitraries.oneOf(Arbitraries.of(2.5, 14.0), Arbitraries.doubles().between(0.25, Stroke.MAX_WIDTH));
        Arbitrary<Long> start = Arbitraries.oneOf(Arbitraries.longs().between(0, 60_000), Arbitraries.longs().between(0, 1L << 40));
        return Combinators.combine(rgb, width, Arbitraries.of(Tool.class), start, points())
                .as(Stroke::new);
    }

    private Arbitrary<List<InkPoint>> points() {
        Arbitrary<Double> coord = Arbitraries.oneOf(
                Arbitraries.doubles().between(-50, 1_500),
                Arbitraries.doubles().between(-Quantum.MAX_COORD, Quantum.MAX_COORD),
                Arbitraries.of(-Quantum.MAX_COORD, Quantum.MAX_COORD, 0.0));
        Arbitrary<Integer> dt = Arbitraries.oneOf(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 1_000_000));
        Arbitrary<double[]> raw = Combinators.combine(coord, coord, dt, Arbitraries.doubles().between(0, 1))
                .as((x, y, d, p) -> new double[] {x, y, d, p});
        return raw.list().ofMinSize(1).ofMaxSize(60).map(list -> {
            List<InkPoint> pts = new ArrayList<>();
            long t = 0;
            for (double[] r : list) {
                t = Math.min(Integer.MAX_VALUE, t + (long) r[2]);
                pts.add(new InkPoint(r[0], r[1], (int) t, r[3]));
            }
            return pts;
        });
    }

    private Arbitrary<List<Mark>> marks() {
        Arbitrary<Boolean> tri = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<List<String>> texts = text(40).injectNull(0.3).list().ofSize(7);
        Arbitrary<double[]> pos = Combinators.combine(Arbitraries.doubles().between(-100, 2_000), Arbitraries.doubles().between(-100, 2_000),
                Arbitraries.doubles().between(0, 1_000)).as((x, y, s) -> new double[] {x, y, s});
        Arbitrary<Mark> mark = Combinators.combine(pos, texts, text(10).list().ofMaxSize(3), tri, tri,
                        Arbitraries.of(SurfaceSign.class).list().ofMaxSize(4), Arbitraries.of(MarkBasis.class), Arbitraries.of(true, false))
                .as((p, t, colours, broken, swelling, surface, basis, sized) -> new Mark(1, p[0], p[1], t.get(0), t.get(1),
                        sized ? p[2] : null, t.get(2), colours, broken, swelling, surface, t.get(3), t.get(4), basis, t.get(5)));
        return mark.list().ofMaxSize(6).map(list -> {
            List<Mark> numbered = new ArrayList<>();
            int n = 0;
            for (Mark m : list) {
                n += 1 + (m.colours().size() % 2);
                numbered.add(new Mark(n, m.x(), m.y(), m.regionId(), m.site(), m.sizeCm(), m.shape(), m.colours(), m.skinBroken(),
                        m.swelling(), m.surface(), m.childExplanation(), m.carerExplanation(), m.basis(), m.firstNoticed()));
            }
            return numbered;
        });
    }

    /** Any text without unpaired surrogates (which the records refuse), emoji included. */
    private static Arbitrary<String> text(int max) {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF').ofMaxLength(max),
                Arbitraries.of("", "<script>alert(1)</script>", "😀 bruise", "a\"b\\c\u2028", "Zoë said \"it was the dog\""));
    }
}
