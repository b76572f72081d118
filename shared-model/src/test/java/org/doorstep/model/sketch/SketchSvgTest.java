package org.doorstep.model.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SketchSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("R1-sketch: the SVG is well-formed, has the outline under the ink, strokes, and numbered marks")
    void rendersEverything() throws Exception {
        Sketch s = SampleSketches.small();
        String svg = SketchSvg.render(s);
        Document d = parse(svg);
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals("0 0 1280 800", d.getDocumentElement().getAttribute("viewBox"));
        int outline = svg.indexOf("stroke=\"" + SketchSvg.OUTLINE_COLOUR + "\"");
        int ink = svg.indexOf("stroke=\"#1a237e\"");
        int marks = svg.indexOf("<circle");
        assertTrue(outline > 0 && outline < ink && ink < marks, "outline, then ink, then marks");
        assertEquals(3 + 1, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength(), "outline + 3 strokes");
        assertTrue(svg.contains("stroke-linecap=\"round\" stroke-linejoin=\"round\""));
        assertTrue(svg.contains("stroke=\"#ffeb3b\" stroke-width=\"12\" stroke-opacity=\"0.35\""), "highlighter is translucent");
        assertTrue(svg.contains("d=\"M100 100 L102.25 101 L105 103\""), svg);
        assertTrue(svg.contains("d=\"M400 300 L400 300\""), "a tap is drawn as a dot");
        assertEquals(2, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
        assertTrue(svg.contains(">1</text>") && svg.contains(">2</text>"));
        assertTrue(svg.contains("<title>1: left forearm (seen)</title>"));
    }

    @Test
    @DisplayName("R1-sketch: the SVG is deterministic: the same sketch renders to the same bytes")
    void deterministic() {
        Sketch s = Sketch.of("body-front-infant", "x", 1280, 800, SampleSketches.handDrawn(3, 30, 3_000, 1280, 800), List.of());
        assertEquals(SketchSvg.render(s), SketchSvg.render(SketchCodec.decode(SketchCodec.encode(s))));
    }

    @Test
    @DisplayName("R1-sketch: a caption or mark text with markup comes out as text, never as elements")
    void escapesText() throws Exception {
        Mark m = new Mark(1, 10, 10, null, "<img src=x onerror=alert(1)>", null, null, List.of(), null, null, List.of(),
                null, null, MarkBasis.REPORTED, null);
        Sketch s = Sketch.of("blank", "<script>alert('x')</script> & \"quotes\" \u0001", 100, 100, List.of(), List.of(m));
        String svg = SketchSvg.render(s);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<img"), svg);
        Document d = parse(svg);
        assertEquals(0, d.getElementsByTagName("script").getLength());
        assertEquals("<script>alert('x')</script> & \"quotes\" \uFFFD", d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        assertTrue(svg.contains("aria-label=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; \uFFFD\""));
    }

    @Test
    @DisplayName("R1-sketch: every template renders to well-formed SVG")
    void everyTemplateRenders() throws Exception {
        for (SketchTemplate t : SketchTemplates.all()) {
            parse(SketchSvg.render(Sketch.of(t.id(), t.title(), 1280, 800, List.of(), List.of())));
        }
    }

    @Test
    @DisplayName("R1-sketch: numbers are written without a locale")
    void numbers() {
        assertEquals("12", SketchSvg.hundredths(12.0));
        assertEquals("12.5", SketchSvg.hundredths(12.5));
        assertEquals("12.05", SketchSvg.hundredths(12.049));
        assertEquals("-3.1", SketchSvg.hundredths(-3.1));
        assertEquals("-0.05", SketchSvg.hundredths(-0.05));
    }
}
