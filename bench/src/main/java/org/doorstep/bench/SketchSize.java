package org.doorstep.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.doorstep.model.json.Json;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.SurfaceSign;
import org.doorstep.model.sketch.Tool;

/**
 * Not a test: measures how big a typical body map is (R1-sketch target: at most 8 KB of JSON, and
 * at most a tenth of the same picture as a 1280x800 PNG). Builds a body map of 30 hand-drawn strokes
 * (3,000 points at 60 Hz with jitter and varying pressure) and 5 marks, prints the sizes, and writes
 * the SVG, PNG and JSON next to it for a look. Run with -Djava.awt.headless=true.
 *
 * <p>Arguments (all optional): seed (default 1), output folder (default bench/target/sketch-size).
 */
public final class SketchSize {

    static final int W = 1280;
    static final int H = 800;

    private SketchSize() {
    }

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        Path outDir = Path.of(args.length > 1 ? args[1] : "bench/target/sketch-size");
        Sketch sketch = typicalBodyMap(seed);

        String jackson = Json.write(sketch);
        String canonical = SketchCodec.encode(sketch);
        byte[] strokeBytes = SketchCodec.encodeStrokes(sketch.strokes());
        String strokeB64 = Base64.getUrlEncoder().withoutPadding().encodeToString(strokeBytes);
        String svg = SketchSvg.render(sketch);
        byte[] png = png(sketch);

        int jsonBytes = jackson.getBytes(StandardCharsets.UTF_8).length;
        int canonicalBytes = canonical.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("body map: template %s, %d strokes, %d points, %d marks, canvas %dx%d%n",
                sketch.templateId(), sketch.strokes().size(), sketch.pointCount(), sketch.marks().size(), W, H);
        System.out.printf("stroke stream:            %,7d bytes (%.2f bits per point), %,d as base64url%n",
                strokeBytes.length, strokeBytes.length * 8.0 / sketch.pointCount(), strokeB64.length());
        System.out.printf("marks JSON:               %,7d bytes%n", canonicalBytes - strokeB64.length());
        System.out.printf("sketch JSON (mapper):     %,7d bytes  target <= 8,192: %s%n", jsonBytes, jsonBytes <= 8192 ? "met" : "MISSED");
        System.out.printf("sketch JSON (RFC 8785):   %,7d bytes  target <= 8,192: %s%n", canonicalBytes, canonicalBytes <= 8192 ? "met" : "MISSED");
        System.out.printf("PNG 1280x800 (ImageIO):   %,7d bytes%n", png.length);
        System.out.printf("canonical JSON / PNG:     %7.3f     target <= 0.100: %s%n", canonicalBytes / (double) png.length,
                canonicalBytes * 10 <= png.length ? "met" : "MISSED");
        System.out.printf("SVG (for comparison):     %,7d bytes%n", svg.getBytes(StandardCharsets.UTF_8).length);

        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("body-map.json"), canonical);
        Files.writeString(outDir.resolve("body-map.svg"), svg);
        Files.write(outDir.resolve("body-map.png"), png);
        System.out.println("wrote " + outDir.resolve("body-map.{json,svg,png}"));
    }

    /** 30 strokes of 100 points each at ~60 Hz, wobbling like a hand, and 5 marks with the usual details. */
    static Sketch typicalBodyMap(long seed) {
        Random r = new Random(seed);
        SketchTemplate template = SketchTemplates.find("body-front-child").orElseThrow();
        List<Stroke> strokes = new ArrayList<>();
        long start = 0;
        double side = Math.min(W, H);
        double left = (W - side) / 2;
        for (int s = 0; s < 30; s++) {
            // strokes start on the figure: circling a mark, an arrow, a line showing how something fell
            double x = left + side * (0.35 + 0.3 * r.nextDouble());
            double y = side * (0.1 + 0.8 * r.nextDouble());
            double heading = r.nextDouble() * 2 * Math.PI;
            double speed = 1.5 + r.nextDouble() * 3;
            double turn = (r.nextDouble() - 0.5) * 0.1;
            double p = 0.35 + 0.4 * r.nextDouble();
            int t = 0;
            List<InkPoint> pts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                pts.add(new InkPoint(x + r.nextGaussian() * 0.3, y + r.nextGaussian() * 0.3, t, clamp(p)));
                heading += turn + r.nextGaussian() * 0.05;
                speed = Math.max(0.5, Math.min(6, speed + r.nextGaussian() * 0.3));
                x += Math.cos(heading) * speed;
                y += Math.sin(heading) * speed;
                p += r.nextGaussian() * 0.015;
                t += r.nextInt(12) == 0 ? 17 : 16;
            }
            Tool tool = s % 10 == 9 ? Tool.HIGHLIGHTER : Tool.PEN;
            int rgb = tool == Tool.HIGHLIGHTER ? 0xffeb3b : (s < 20 ? 0x1a237e : 0xd32f2f);
            strokes.add(new Stroke(rgb, tool == Tool.HIGHLIGHTER ? 14 : 2.5, tool, start, pts));
            start += t + 400 + r.nextInt(2_000);
        }
        double[][] pins = {{750.6, 376}, {529.4, 376}, {640, 70}, {610, 560}, {680, 300}};
        String[][] said = {
                {"I fell off the trampoline at Jay's house", "She bumped it on the table at school on Monday"},
                {"Don't know", "Probably playing football"},
                {"The door hit me", "She walked into the kitchen door"},
                {"", "Fell on the stairs at nursery"},
                {"Mum's boyfriend grabbed me", ""}};
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < pins.length; i++) {
            Mark placed = Mark.placed(i + 1, pins[i][0], pins[i][1], template, W, H, i == 3 ? MarkBasis.REPORTED : MarkBasis.SEEN);
            marks.add(new Mark(placed.number(), placed.x(), placed.y(), placed.regionId(), placed.site(), 1.5 + i,
                    i % 2 == 0 ? "oval" : "linear", i % 2 == 0 ? List.of("blue", "purple") : List.of("yellow", "green"),
                    i == 2, i != 4, i == 2 ? List.of(SurfaceSign.SCAB) : List.of(), said[i][0], said[i][1], placed.basis(),
                    i == 0 ? "Monday evening" : "2 days ago"));
        }
        return Sketch.of(template.id(), "Marks seen on arms, forehead and leg; how T. said it happened", W, H, strokes, marks);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /** The same picture as the SVG, rasterized with Java2D: white, grey outline, ink, numbered marks. */
    static byte[] png(Sketch s) throws IOException {
        BufferedImage img = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, s.width(), s.height());
        SketchTemplate t = SketchTemplates.orBlank(s.templateId());
        g.setColor(new Color(0x9e9e9e));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (SketchTemplate.Outline o : t.outlines()) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < o.points().size(); i++) {
                double[] p = SketchTemplate.toCanvas(s.width(), s.height(), o.points().get(i));
                if (i == 0) {
                    path.moveTo(p[0], p[1]);
                } else {
                    path.lineTo(p[0], p[1]);
                }
            }
            if (o.closed()) {
                path.closePath();
            }
            g.draw(path);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        for (SketchTemplate.Label l : t.labels()) {
            double[] p = SketchTemplate.toCanvas(s.width(), s.height(), new SketchTemplate.Pt(l.x(), l.y()));
            centred(g, l.text(), p[0], p[1]);
        }
        for (Stroke st : s.strokes()) {
            Color c = new Color(st.rgb());
            g.setColor(st.tool() == Tool.HIGHLIGHTER ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 89) : c);
            g.setStroke(new BasicStroke((float) st.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double path = new Path2D.Double();
            List<InkPoint> pts = st.points();
            path.moveTo(pts.get(0).x(), pts.get(0).y());
            for (InkPoint p : pts) {
                path.lineTo(p.x(), p.y());
            }
            g.draw(path);
        }
        double r = Math.max(8, Math.min(s.width(), s.height()) / 50.0);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(r * 1.2)));
        for (Mark m : s.marks()) {
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.Ellipse2D.Double(m.x() - r, m.y() - r, 2 * r, 2 * r));
            g.setColor(new Color(0xc62828));
            g.setStroke(new BasicStroke((float) (r / 5)));
            g.draw(new java.awt.geom.Ellipse2D.Double(m.x() - r, m.y() - r, 2 * r, 2 * r));
            centred(g, String.valueOf(m.number()), m.x(), m.y());
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (y + (fm.getAscent() - fm.getDescent()) / 2.0));
    }
}
