package org.doorstep.model.sketch;

import static org.doorstep.model.sketch.Geometry.band;
import static org.doorstep.model.sketch.Geometry.clip;
import static org.doorstep.model.sketch.Geometry.ellipse;
import static org.doorstep.model.sketch.Geometry.pt;
import static org.doorstep.model.sketch.Geometry.rect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.model.sketch.Geometry.Chain;
import org.doorstep.model.sketch.SketchTemplate.Label;
import org.doorstep.model.sketch.SketchTemplate.Outline;
import org.doorstep.model.sketch.SketchTemplate.Pt;
import org.doorstep.model.sketch.SketchTemplate.Region;

/**
 * The catalogue of templates a sketch can be drawn over: blank; the body from the front, back,
 * left and right in infant, child and adolescent proportions; head and face; hands; a room-plan
 * grid. Built from a few proportions, so tablet and server hold the very same shapes.
 *
 * <p>Left and right are always the child's: on a front view the child's left is on the viewer's
 * right; on a back view it is on the viewer's left. Region names say so in words ("left forearm").
 */
public final class SketchTemplates {

    public static final String BLANK = "blank";
    public static final String HEAD_FACE = "head-face";
    public static final String HANDS = "hands";
    public static final String ROOM_GRID = "room-grid";

    /** Body views, in the order a picker shows them. */
    public enum View {
        FRONT("front", "front"), BACK("back", "back"), LEFT("left", "left side"), RIGHT("right", "right side");

        final String id;
        final String words;

        View(String id, String words) {
            this.id = id;
            this.words = words;
        }
    }

    /**
     * Body proportions by age. Fractions of the figure's height: head, neck, trunk (shoulder line
     * to crotch), arm length; half-widths at shoulder, waist and hip; upper-arm width. The legs
     * take what is left, so they lengthen with age while the head shrinks (about a quarter of
     * the height for an infant, a sixth for a young child, a seventh for an adolescent).
     */
    public enum Age {
        INFANT("infant", .25, .85, .02, .33, .125, .115, .115, .33, .065),
        CHILD("child", .17, .78, .03, .32, .11, .085, .095, .38, .05),
        ADOLESCENT("adolescent", .13, .75, .035, .31, .115, .08, .095, .43, .045);

        final String id;
        final double head;
        final double headAspect;
        final double neck;
        final double trunk;
        final double shoulder;
        final double waist;
        final double hip;
        final double arm;
        final double armWidth;

        Age(String id, double head, double headAspect, double neck, double trunk, double shoulder, double waist,
            double hip, double arm, double armWidth) {
            this.id = id;
            this.head = head;
            this.headAspect = headAspect;
            this.neck = neck;
            this.trunk = trunk;
            this.shoulder = shoulder;
            this.waist = waist;
            this.hip = hip;
            this.arm = arm;
            this.armWidth = armWidth;
        }
    }

    private static final Map<String, SketchTemplate> ALL = build();

    private SketchTemplates() {
    }

    /** Every template, in picker order. */
    public static List<SketchTemplate> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<SketchTemplate> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The template with this id; a blank one for an id this build does not know (the ink still shows). */
    public static SketchTemplate orBlank(String id) {
        return ALL.getOrDefault(id, ALL.get(BLANK));
    }

    public static String bodyId(View view, Age age) {
        return "body-" + view.id + "-" + age.id;
    }

    private static Map<String, SketchTemplate> build() {
        Map<String, SketchTemplate> all = new LinkedHashMap<>();
        add(all, new SketchTemplate(BLANK, "Blank", List.of(), List.of(), List.of()));
        for (Age age : Age.values()) {
            for (View view : View.values()) {
                add(all, body(view, age));
            }
        }
        add(all, headFace());
        add(all, hands());
        add(all, roomGrid());
        return all;
    }

    private static void add(Map<String, SketchTemplate> all, SketchTemplate t) {
        all.put(t.id(), t);
    }

    /** Collects outlines, regions and labels. */
    private static final class Drawing {
        final List<Outline> outlines = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();

        void outline(List<Pt> pts) {
            outlines.add(new Outline(pts, true));
        }

        void line(Pt... pts) {
            outlines.add(new Outline(List.of(pts), false));
        }

        void region(String id, String name, List<Pt> poly) {
            if (poly.size() >= 3) {
                regions.add(new Region(id, name, poly));
            }
        }

        void label(double x, double y, String text) {
            labels.add(new Label(x, y, text));
        }

        SketchTemplate done(String id, String title) {
            return new SketchTemplate(id, title, outlines, regions, labels);
        }
    }

    // ---------------------------------------------------------------- body

    private static final double TOP = 0.03;
    private static final double HEIGHT = 0.94;
    private static final double CX = 0.5;

    private static SketchTemplate body(View view, Age a) {
        Drawing d = new Drawing();
        if (view == View.FRONT || view == View.BACK) {
            frontal(d, a, view == View.BACK);
        } else {
            profile(d, a, view == View.LEFT);
        }
        String title = "Body, " + view.words + " (" + a.id + ")";
        return d.done(bodyId(view, a), title);
    }

    /** Front or back: two arms, two legs. s = -1 is the viewer's left. */
    private static void frontal(Drawing d, Age a, boolean back) {
        double headH = a.head * HEIGHT;
        double ry = headH / 2;
        double rx = ry * a.headAspect;
        double headCy = TOP + ry;
        double chin = TOP + headH;
        double shoulderY = chin + a.neck * HEIGHT;
        double trunk = a.trunk * HEIGHT;
        double crotch = shoulderY + trunk;
        double feet = TOP + HEIGHT;
        double legLen = feet - crotch;
        double neckHalf = rx * 0.45;

        List<Pt> head = ellipse(CX, headCy, rx, ry, 28);
        d.outline(head);
        List<Chain> arms = new ArrayList<>();
        List<Chain> legs = new ArrayList<>();
        for (int s : new int[] {-1, 1}) {
            double armLen = a.arm * HEIGHT;
            double w = a.armWidth;
            double ux = s * Math.sin(Math.toRadians(12));
            double uy = Math.cos(Math.toRadians(12));
            double ax = CX + s * (a.shoulder - w * 0.4);
            double ay = shoulderY + w * 0.5;
            double[] at = {0, .42, .50, .80, .93, 1.0};
            double[] aw = {w, .8 * w, .78 * w, .6 * w, .75 * w, .45 * w};
            double[][] joints = new double[at.length][];
            for (int i = 0; i < at.length; i++) {
                joints[i] = new double[] {ax + ux * at[i] * armLen, ay + uy * at[i] * armLen, aw[i]};
            }
            arms.add(new Chain(joints));

            double top = a.hip - 0.006;
            legs.add(new Chain(new double[][] {
                    {CX + s * a.hip / 2, crotch, top},
                    {CX + s * a.hip * 0.45, crotch + .45 * legLen, .6 * top},
                    {CX + s * a.hip * 0.44, crotch + .55 * legLen, .55 * top},
                    {CX + s * a.hip * 0.42, crotch + .90 * legLen, .3 * top},
                    {CX + s * a.hip * 0.48, feet, .38 * top}}));
        }
        // ears sit just outside the head
        double earRx = rx * 0.18;
        double earRy = ry * 0.22;
        List<Pt> earViewerLeft = ellipse(CX - rx - earRx * 0.6, headCy, earRx, earRy, 10);
        List<Pt> earViewerRight = ellipse(CX + rx + earRx * 0.6, headCy, earRx, earRy, 10);
        d.outline(earViewerLeft);
        d.outline(earViewerRight);

        List<Pt> torso = new ArrayList<>();
        torso.add(pt(CX - neckHalf, chin - 0.015));
        torso.add(pt(CX - neckHalf, shoulderY - 0.008));
        torso.add(pt(CX - a.shoulder, shoulderY + 0.012));
        torso.add(pt(CX - a.shoulder + a.armWidth * 0.3, shoulderY + 0.25 * trunk));
        torso.add(pt(CX - a.waist, shoulderY + 0.55 * trunk));
        torso.add(pt(CX - a.hip, shoulderY + 0.8 * trunk));
        torso.add(pt(CX - a.hip, crotch));
        torso.add(pt(CX + a.hip, crotch));
        torso.add(pt(CX + a.hip, shoulderY + 0.8 * trunk));
        torso.add(pt(CX + a.waist, shoulderY + 0.55 * trunk));
        torso.add(pt(CX + a.shoulder - a.armWidth * 0.3, shoulderY + 0.25 * trunk));
        torso.add(pt(CX + a.shoulder, shoulderY + 0.012));
        torso.add(pt(CX + neckHalf, shoulderY - 0.008));
        torso.add(pt(CX + neckHalf, chin - 0.015));
        d.outline(torso);
        arms.forEach(c -> d.outline(c.outline()));
        legs.forEach(c -> d.outline(c.outline()));
        if (!back) {
            // a hint of a face, so front and back cannot be mixed up
            d.line(pt(CX - rx * 0.45, headCy - ry * 0.05), pt(CX - rx * 0.2, headCy - ry * 0.05));
            d.line(pt(CX + rx * 0.2, headCy - ry * 0.05), pt(CX + rx * 0.45, headCy - ry * 0.05));
            d.line(pt(CX - rx * 0.25, headCy + ry * 0.45), pt(CX + rx * 0.25, headCy + ry * 0.45));
        }

        // viewer's left is the child's right on a front view, the child's left on a back view
        String vl = back ? "left" : "right";
        String vr = back ? "right" : "left";
        for (int i = 0; i < 2; i++) {
            String side = i == 0 ? vl : vr;
            Chain arm = arms.get(i);
            d.region("hand-" + side, back ? "back of " + side + " hand" : side + " hand", arm.section(3, 5));
            d.region("forearm-" + side, side + " forearm", arm.section(2, 3));
            d.region("elbow-" + side, side + " elbow", arm.section(1, 2));
            d.region("upper-arm-" + side, side + " upper arm", arm.section(0, 1));
            Chain leg = legs.get(i);
            d.region("foot-" + side, back ? side + " heel" : side + " foot", leg.section(3, 4));
            d.region("lower-leg-" + side, back ? side + " calf" : side + " shin", leg.section(2, 3));
            d.region("knee-" + side, back ? "back of " + side + " knee" : side + " knee", leg.section(1, 2));
            d.region("thigh-" + side, back ? "back of " + side + " thigh" : side + " thigh", leg.section(0, 1));
        }
        d.region("ear-" + vl, vl + " ear", earViewerLeft);
        d.region("ear-" + vr, vr + " ear", earViewerRight);
        d.region("head-top", "top of head", band(head, 1, 0, TOP + 0.15 * headH));
        if (back) {
            d.region("head-back", "back of head", band(head, 1, TOP + 0.15 * headH, 1));
        } else {
            d.region("forehead", "forehead", band(head, 1, TOP + 0.15 * headH, TOP + 0.38 * headH));
            List<Pt> eyes = band(head, 1, TOP + 0.38 * headH, TOP + 0.55 * headH);
            d.region("eye-" + vl, vl + " eye area", clip(eyes, 0, CX, false));
            d.region("eye-" + vr, vr + " eye area", clip(eyes, 0, CX, true));
            List<Pt> cheeks = band(head, 1, TOP + 0.55 * headH, TOP + 0.82 * headH);
            d.region("cheek-" + vl, vl + " cheek", clip(cheeks, 0, CX - rx * 0.35, false));
            d.region("cheek-" + vr, vr + " cheek", clip(cheeks, 0, CX + rx * 0.35, true));
            d.region("nose-mouth", "nose and mouth", band(cheeks, 0, CX - rx * 0.35, CX + rx * 0.35));
            d.region("chin", "chin and jaw", band(head, 1, TOP + 0.82 * headH, 1));
        }
        d.region(back ? "neck-back" : "neck-front", back ? "back of neck" : "neck", band(torso, 1, 0, shoulderY));
        String[][] bands = back
                ? new String[][] {{"upper-back", "upper back"}, {"lower-back", "lower back"}, {"buttock", "buttock"}}
                : new String[][] {{"chest", "chest"}, {"abdomen", "abdomen"}, {"groin", "groin and lower abdomen"}};
        double[] cuts = {shoulderY, shoulderY + .42 * trunk, shoulderY + .78 * trunk, crotch};
        for (int b = 0; b < 3; b++) {
            List<Pt> part = band(torso, 1, cuts[b], cuts[b + 1]);
            d.region(bands[b][0] + "-" + vl, vl + " " + bands[b][1], clip(part, 0, CX, false));
            d.region(bands[b][0] + "-" + vr, vr + " " + bands[b][1], clip(part, 0, CX, true));
        }
        d.label(0.1, 0.03, back ? "Back" : "Front");
        d.label(0.06, 0.5, back ? "L" : "R");
        d.label(0.94, 0.5, back ? "R" : "L");
    }

    /** Left or right side: the near arm and leg. The face points to the viewer's left on a left view. */
    private static void profile(Drawing d, Age a, boolean left) {
        String side = left ? "left" : "right";
        double f = left ? -1 : 1;
        double headH = a.head * HEIGHT;
        double ry = headH / 2;
        double rx = ry * 0.85;
        double headCy = TOP + ry;
        double hx = CX + f * 0.01;
        double chin = TOP + headH;
        double shoulderY = chin + a.neck * HEIGHT;
        double trunk = a.trunk * HEIGHT;
        double crotch = shoulderY + trunk;
        double feet = TOP + HEIGHT;
        double legLen = feet - crotch;
        double depth = a.shoulder * 0.95;
        double belly = a == Age.INFANT ? 0.12 : 0;

        List<Pt> head = ellipse(hx, headCy, rx, ry, 28);
        d.outline(head);
        d.line(pt(hx + f * rx * 0.97, headCy - 0.1 * ry), pt(hx + f * (rx + 0.018), headCy + 0.1 * ry),
                pt(hx + f * rx * 0.96, headCy + 0.18 * ry));
        List<Pt> ear = ellipse(hx - f * 0.1 * rx, headCy + 0.05 * ry, 0.14 * rx, 0.22 * ry, 10);
        d.outline(ear);

        List<Pt> torso = new ArrayList<>();
        torso.add(pt(CX + f * rx * 0.3, chin - 0.02));
        torso.add(pt(CX + f * depth * 0.42, shoulderY));
        torso.add(pt(CX + f * depth * 0.55, shoulderY + 0.25 * trunk));
        torso.add(pt(CX + f * depth * 0.45, shoulderY + 0.5 * trunk));
        torso.add(pt(CX + f * depth * (0.5 + belly), shoulderY + 0.7 * trunk));
        torso.add(pt(CX + f * depth * 0.42, crotch));
        torso.add(pt(CX - f * depth * 0.5, crotch));
        torso.add(pt(CX - f * depth * 0.58, shoulderY + 0.82 * trunk));
        torso.add(pt(CX - f * depth * 0.42, shoulderY + 0.6 * trunk));
        torso.add(pt(CX - f * depth * 0.5, shoulderY + 0.2 * trunk));
        torso.add(pt(CX - f * depth * 0.4, shoulderY));
        torso.add(pt(CX - f * rx * 0.35, chin - 0.04));
        d.outline(torso);

        double armLen = a.arm * HEIGHT;
        double w = a.armWidth;
        double ux = f * Math.sin(Math.toRadians(5));
        double uy = Math.cos(Math.toRadians(5));
        double ay = shoulderY + w * 0.6;
        double[] at = {0, .42, .50, .80, .93, 1.0};
        double[] aw = {w, .8 * w, .78 * w, .6 * w, .75 * w, .45 * w};
        double[][] joints = new double[at.length][];
        for (int i = 0; i < at.length; i++) {
            joints[i] = new double[] {CX + ux * at[i] * armLen, ay + uy * at[i] * armLen, aw[i]};
        }
        Chain arm = new Chain(joints);
        double top = depth * 0.85;
        double footLen = 0.11 * legLen + 0.02;
        Chain leg = new Chain(new double[][] {
                {CX, crotch - 0.02, top},
                {CX + f * 0.005, crotch + .45 * legLen, .55 * top},
                {CX + f * 0.005, crotch + .55 * legLen, .5 * top},
                {CX - f * 0.005, feet - 0.03, .3 * top},
                {CX + f * footLen, feet - 0.012, .25 * top}});
        d.outline(leg.outline());
        d.outline(arm.outline());

        d.region("hand-" + side, side + " hand", arm.section(3, 5));
        d.region("forearm-" + side, side + " forearm", arm.section(2, 3));
        d.region("elbow-" + side, side + " elbow", arm.section(1, 2));
        d.region("upper-arm-" + side, side + " upper arm", arm.section(0, 1));
        d.region("foot-" + side, side + " foot", leg.section(3, 4));
        d.region("lower-leg-" + side, side + " lower leg", leg.section(2, 3));
        d.region("knee-" + side, side + " knee", leg.section(1, 2));
        d.region("thigh-" + side, side + " thigh", leg.section(0, 1));
        d.region("ear-" + side, side + " ear", ear);
        d.region("head-top", "top of head", band(head, 1, 0, TOP + 0.15 * headH));
        List<Pt> rest = band(head, 1, TOP + 0.15 * headH, 1);
        double faceCut = hx + f * 0.3 * rx;
        d.region("face-" + side, side + " side of face", left ? clip(rest, 0, faceCut, false) : clip(rest, 0, faceCut, true));
        d.region("head-" + side, side + " side of head", left ? clip(rest, 0, faceCut, true) : clip(rest, 0, faceCut, false));
        d.region("neck-" + side, side + " side of neck", band(torso, 1, 0, shoulderY));
        d.region("chest-" + side, side + " side of chest", band(torso, 1, shoulderY, shoulderY + .42 * trunk));
        d.region("flank-" + side, side + " flank", band(torso, 1, shoulderY + .42 * trunk, shoulderY + .78 * trunk));
        d.region("hip-" + side, side + " hip", band(torso, 1, shoulderY + .78 * trunk, crotch));
        d.label(0.12, 0.03, left ? "Left side" : "Right side");
        d.label(left ? 0.2 : 0.8, 0.03 + ry, "front");
    }

    // ---------------------------------------------------------------- head and face

    private static SketchTemplate headFace() {
        Drawing d = new Drawing();
        double cx = 0.5;
        double cy = 0.43;
        double rx = 0.27;
        double ry = 0.35;
        double top = cy - ry;
        List<Pt> head = ellipse(cx, cy, rx, ry, 40);
        d.outline(head);
        List<Pt> earR = ellipse(cx - rx - 0.025, cy + 0.02, 0.04, 0.08, 12);
        List<Pt> earL = ellipse(cx + rx + 0.025, cy + 0.02, 0.04, 0.08, 12);
        d.outline(earR);
        d.outline(earL);
        List<Pt> eyeR = ellipse(cx - 0.11, cy - 0.02, 0.06, 0.025, 14);
        List<Pt> eyeL = ellipse(cx + 0.11, cy - 0.02, 0.06, 0.025, 14);
        d.outline(eyeR);
        d.outline(eyeL);
        d.line(pt(cx - 0.17, cy - 0.08), pt(cx - 0.11, cy - 0.095), pt(cx - 0.05, cy - 0.085));
        d.line(pt(cx + 0.05, cy - 0.085), pt(cx + 0.11, cy - 0.095), pt(cx + 0.17, cy - 0.08));
        d.line(pt(cx - 0.01, cy), pt(cx - 0.035, cy + 0.1), pt(cx, cy + 0.115), pt(cx + 0.035, cy + 0.1));
        d.line(pt(cx - 0.08, cy + 0.19), pt(cx, cy + 0.205), pt(cx + 0.08, cy + 0.19));
        d.line(pt(cx - 0.12, cy + ry * 0.9), pt(cx - 0.12, 0.98));
        d.line(pt(cx + 0.12, cy + ry * 0.9), pt(cx + 0.12, 0.98));

        d.region("eye-right", "right eye", ellipse(cx - 0.11, cy - 0.02, 0.08, 0.04, 14));
        d.region("eye-left", "left eye", ellipse(cx + 0.11, cy - 0.02, 0.08, 0.04, 14));
        d.region("nose", "nose", rect(cx - 0.05, cy - 0.01, cx + 0.05, cy + 0.13));
        d.region("mouth", "mouth and lips", ellipse(cx, cy + 0.195, 0.1, 0.04, 14));
        d.region("ear-right", "right ear", earR);
        d.region("ear-left", "left ear", earL);
        d.region("head-top", "top of head", band(head, 1, 0, top + 0.14));
        d.region("forehead", "forehead", band(head, 1, top + 0.14, cy - 0.06));
        List<Pt> mid = band(head, 1, cy - 0.06, cy + 0.15);
        d.region("temple-cheek-right", "right cheek and temple", clip(mid, 0, cx, false));
        d.region("temple-cheek-left", "left cheek and temple", clip(mid, 0, cx, true));
        d.region("chin", "chin and jaw", band(head, 1, cy + 0.15, 1));
        d.region("neck", "neck", rect(cx - 0.12, cy + ry, cx + 0.12, 0.98));
        d.label(0.1, 0.5, "R");
        d.label(0.9, 0.5, "L");
        return d.done(HEAD_FACE, "Head and face");
    }

    // ---------------------------------------------------------------- hands

    private static SketchTemplate hands() {
        Drawing d = new Drawing();
        // top row: backs of the hands, bottom row: palms; left hand in the left column
        // fingers up: the back of a left hand has its thumb on the viewer's right, its palm on the left
        hand(d, 0.27, 0.26, "left", true, true);
        hand(d, 0.73, 0.26, "right", true, false);
        hand(d, 0.27, 0.76, "left", false, false);
        hand(d, 0.73, 0.76, "right", false, true);
        d.label(0.27, 0.02, "Left hand, back");
        d.label(0.73, 0.02, "Right hand, back");
        d.label(0.27, 0.52, "Left palm");
        d.label(0.73, 0.52, "Right palm");
        return d.done(HANDS, "Hands (backs and palms)");
    }

    /** A hand, fingers up, centred at the palm's middle. The thumb is on the viewer's right when thumbRight. */
    private static void hand(Drawing d, double cx, double cy, String side, boolean backOfHand, boolean thumbRight) {
        double t = thumbRight ? 1 : -1;
        double pw = 0.16;
        double ph = 0.15;
        List<Pt> palm = rect(cx - pw / 2, cy - ph / 2, cx + pw / 2, cy + ph / 2);
        d.outline(palm);
        String[] names = {"index finger", "middle finger", "ring finger", "little finger"};
        double[] lengths = {0.13, 0.145, 0.135, 0.105};
        List<Chain> fingers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double fx = cx + t * (pw / 2 - pw / 8 - i * pw / 4);
            fingers.add(new Chain(new double[][] {{fx, cy - ph / 2, 0.036}, {fx, cy - ph / 2 - lengths[i], 0.03}}));
        }
        Chain thumb = new Chain(new double[][] {
                {cx + t * pw / 2, cy + ph * 0.2, 0.045},
                {cx + t * (pw / 2 + 0.05), cy - ph * 0.05, 0.038},
                {cx + t * (pw / 2 + 0.08), cy - ph * 0.3, 0.03}});
        Chain wrist = new Chain(new double[][] {{cx, cy + ph / 2, pw * 0.8}, {cx, cy + ph / 2 + 0.06, pw * 0.7}});
        fingers.forEach(c -> d.outline(c.outline()));
        d.outline(thumb.outline());
        d.outline(wrist.outline());
        for (int i = 0; i < 4; i++) {
            d.region(side + "-" + names[i].replace(' ', '-') + (backOfHand ? "-back" : "-palm"), side + " " + names[i], fingers.get(i).outline());
        }
        d.region(side + "-thumb" + (backOfHand ? "-back" : "-palm"), side + " thumb", thumb.outline());
        d.region(side + (backOfHand ? "-hand-back" : "-palm"), backOfHand ? "back of " + side + " hand" : side + " palm", palm);
        d.region(side + "-wrist" + (backOfHand ? "-back" : "-palm"), side + " wrist", wrist.outline());
    }

    // ---------------------------------------------------------------- room plan

    private static SketchTemplate roomGrid() {
        Drawing d = new Drawing();
        int n = 10;
        double lo = 0.05;
        double step = 0.09;
        for (int i = 0; i <= n; i++) {
            double v = lo + i * step;
            d.line(pt(v, lo), pt(v, lo + n * step));
            d.line(pt(lo, v), pt(lo + n * step, v));
        }
        for (int col = 0; col < n; col++) {
            String letter = String.valueOf((char) ('A' + col));
            d.label(lo + (col + 0.5) * step, lo / 2, letter);
            for (int row = 0; row < n; row++) {
                double x = lo + col * step;
                double y = lo + row * step;
                String ref = letter + (row + 1);
                d.region("cell-" + ref.toLowerCase(), "grid square " + ref, rect(x, y, x + step, y + step));
            }
        }
        for (int row = 0; row < n; row++) {
            d.label(lo / 2, lo + (row + 0.5) * step, String.valueOf(row + 1));
        }
        return d.done(ROOM_GRID, "Room plan (grid)");
    }
}
