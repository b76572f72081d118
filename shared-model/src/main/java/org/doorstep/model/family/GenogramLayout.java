package org.doorstep.model.family;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each person and line goes on a genogram, computed from the data alone: one row per
 * generation, partners side by side, each row's families under the mean place of their parents,
 * never two symbols closer than {@link #STEP}. A parent-of line leaves the parent's side towards
 * the other parent (so a couple's children hang from the middle of the partner line, as the
 * notation has it), drops to the gap above the child's row and comes down onto the child.
 */
public record GenogramLayout(List<Placed> placed, List<Connector> connectors, List<Enclosure> household, double width,
        double height) {

    /** A symbol's side (or diameter). */
    public static final double SYMBOL = 44;
    /** Centre to centre within a row; leaves room for a name under each symbol. */
    public static final double STEP = 140;
    /** Centre to centre between generations. */
    public static final double ROW = 180;
    public static final double MARGIN = 40;

    public record Placed(FamilyPerson person, int generation, double cx, double cy) {
    }

    /** The line drawn for one relationship: a polyline (x0, y0, x1, y1, ...) from {@code from} to {@code to}. */
    public record Connector(Relationship relationship, double[] points) {
    }

    /** The dashed outline round the people of one row who live in the household. */
    public record Enclosure(double x, double y, double w, double h) {
    }

    public static GenogramLayout of(Family family) {
        Map<String, Integer> gen = family.generations();
        TreeMap<Integer, List<FamilyPerson>> rows = new TreeMap<>();
        for (FamilyPerson p : family.people()) {
            rows.computeIfAbsent(gen.get(p.id()), g -> new ArrayList<>()).add(p);
        }
        Map<String, Double> x = new HashMap<>();
        Map<String, Integer> inputOrder = new HashMap<>();
        for (int i = 0; i < family.people().size(); i++) {
            inputOrder.put(family.people().get(i).id(), i);
        }
        for (Map.Entry<Integer, List<FamilyPerson>> row : rows.entrySet()) {
            placeRow(family, row.getValue(), x, inputOrder);
        }
        double minX = x.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double shift = MARGIN + STEP / 2 - minX;
        List<Placed> placed = new ArrayList<>();
        Map<String, Placed> byId = new HashMap<>();
        double maxX = 0;
        for (FamilyPerson p : family.people()) {
            int g = gen.get(p.id());
            Placed pl = new Placed(p, g, x.get(p.id()) + shift, MARGIN + 30 + SYMBOL / 2 + g * ROW);
            placed.add(pl);
            byId.put(p.id(), pl);
            maxX = Math.max(maxX, pl.cx());
        }
        List<Connector> connectors = new ArrayList<>();
        for (Relationship r : family.relationships()) {
            Placed a = byId.get(r.from());
            Placed b = byId.get(r.to());
            if (a != null && b != null) {
                connectors.add(new Connector(r, line(r, a, b, family, byId, placed)));
            }
        }
        int generations = rows.isEmpty() ? 1 : rows.lastKey() + 1;
        // the last row's symbols, its names and ages under them, and a little paper
        return new GenogramLayout(placed, connectors, enclosures(placed), maxX + STEP / 2 + MARGIN,
                MARGIN + 30 + (generations - 1) * ROW + SYMBOL + 56 + MARGIN / 2);
    }

    /** Partners are grouped into clusters, clusters sorted under their parents, then set left to right. */
    private static void placeRow(Family family, List<FamilyPerson> row, Map<String, Double> x, Map<String, Integer> inputOrder) {
        Set<String> inRow = new LinkedHashSet<>();
        row.forEach(p -> inRow.add(p.id()));
        List<List<String>> clusters = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FamilyPerson p : row) {
            if (seen.add(p.id())) {
                clusters.add(chain(family, p.id(), inRow, seen));
            }
        }
        Map<List<String>, Double> key = new HashMap<>();
        for (List<String> c : clusters) {
            double sum = 0;
            int n = 0;
            for (String id : c) {
                for (Relationship r : family.relationships()) {
                    if (r.kind() == Relationship.Kind.PARENT_OF && r.to().equals(id) && x.containsKey(r.from())) {
                        sum += x.get(r.from());
                        n++;
                    }
                }
            }
            if (n > 0) {
                key.put(c, sum / n);
            }
        }
        double fallback = x.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) + STEP;
        for (List<String> c : clusters) {
            // someone with no parents on the record stands by a sibling who has them, or to the right
            key.computeIfAbsent(c, k -> siblingKey(family, k, clusters, key).orElse(fallback + inputOrder.get(k.get(0))));
        }
        clusters.sort(Comparator.comparingDouble((List<String> c) -> key.get(c)).thenComparing(c -> inputOrder.get(c.get(0))));
        double cursor = Double.NEGATIVE_INFINITY;
        for (List<String> c : clusters) {
            double start = Math.max(cursor, key.get(c) - (c.size() - 1) * STEP / 2);
            for (String id : c) {
                x.put(id, start);
                start += STEP;
            }
            cursor = start;
        }
    }

    private static java.util.Optional<Double> siblingKey(Family family, List<String> c, List<List<String>> clusters,
            Map<List<String>, Double> key) {
        for (Relationship r : family.relationships()) {
            if (r.kind() != Relationship.Kind.SIBLING_OF) {
                continue;
            }
            for (List<String> other : clusters) {
                if (other != c && key.containsKey(other)
                        && ((c.contains(r.from()) && other.contains(r.to())) || (c.contains(r.to()) && other.contains(r.from())))) {
                    return java.util.Optional.of(key.get(other) + 0.5);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The partners reachable from {@code start} in this row, in an order that keeps each couple adjacent where it can. */
    private static List<String> chain(Family family, String start, Set<String> inRow, Set<String> seen) {
        List<String> out = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        Set<String> visited = new LinkedHashSet<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pollFirst();
            out.add(id);
            for (Relationship r : family.relationships()) {
                if (r.kind() == Relationship.Kind.PARTNER_OF && r.involves(id)) {
                    String other = r.from().equals(id) ? r.to() : r.from();
                    if (inRow.contains(other) && visited.add(other)) {
                        todo.addFirst(other);
                    }
                }
            }
        }
        seen.addAll(out);
        // a person with two partners goes between them
        if (out.size() == 3) {
            String hub = out.stream().filter(id -> family.relationships().stream()
                    .filter(r -> r.kind() == Relationship.Kind.PARTNER_OF && r.involves(id) && out.contains(r.from()) && out.contains(r.to()))
                    .count() >= 2).findFirst().orElse(out.get(0));
            List<String> rest = new ArrayList<>(out);
            rest.remove(hub);
            return List.of(rest.get(0), hub, rest.get(1));
        }
        return out;
    }

    private static double[] line(Relationship r, Placed a, Placed b, Family family, Map<String, Placed> byId, List<Placed> all) {
        double h = SYMBOL / 2;
        switch (r.kind()) {
            case PARENT_OF -> {
                double side = towardsOtherParent(r, a, family, byId, b.cx());
                double stubX = a.cx() + side * STEP / 2;
                // each set of parents has its own level in the gap, so two families' lines never merge
                double gapY = b.cy() - h - 14 - 10 * (sibship(r.to(), family, byId) % 4);
                double belowParent = a.cy() + ROW - h - 26;
                if (belowParent >= gapY - 0.5) {
                    return new double[] {a.cx() + side * h, a.cy(), stubX, a.cy(), stubX, gapY, b.cx(), gapY, b.cx(), b.cy() - h};
                }
                // the child is generations below: come down where no one in the rows between stands
                double clearX = clearColumn(stubX, a.cy(), b.cy(), all);
                return new double[] {a.cx() + side * h, a.cy(), stubX, a.cy(), stubX, belowParent, clearX, belowParent, clearX, gapY,
                        b.cx(), gapY, b.cx(), b.cy() - h};
            }
            case PARTNER_OF -> {
                Placed left = a.cx() <= b.cx() ? a : b;
                Placed right = left == a ? b : a;
                if (Math.abs(right.cx() - left.cx() - STEP) < 0.5 && left.cy() == right.cy()) {
                    return new double[] {left.cx() + h, left.cy(), right.cx() - h, right.cy()};
                }
                double y = Math.min(left.cy(), right.cy()) - h - 16;
                return new double[] {left.cx(), left.cy() - h, left.cx(), y, right.cx(), y, right.cx(), right.cy() - h};
            }
            default -> {
                double y = Math.min(a.cy(), b.cy()) - h - 10;
                return new double[] {a.cx(), a.cy() - h, a.cx(), y, b.cx(), y, b.cx(), b.cy() - h};
            }
        }
    }

    /** Which set of parents, counted left to right in the child's row, {@code child} belongs to. */
    private static int sibship(String child, Family family, Map<String, Placed> byId) {
        Placed me = byId.get(child);
        java.util.Map<java.util.Set<String>, Double> firstX = new java.util.HashMap<>();
        java.util.Set<String> mine = parents(child, family);
        for (Placed p : byId.values()) {
            java.util.Set<String> ps = parents(p.person().id(), family);
            if (p.cy() == me.cy() && !ps.isEmpty()) {
                firstX.merge(ps, p.cx(), Math::min);
            }
        }
        double myX = firstX.get(mine);
        return (int) firstX.values().stream().filter(v -> v < myX).count();
    }

    private static java.util.Set<String> parents(String child, Family family) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        family.relationships().stream().filter(r -> r.kind() == Relationship.Kind.PARENT_OF && r.to().equals(child)).forEach(r -> out.add(r.from()));
        return out;
    }

    private static double clearColumn(double from, double topY, double bottomY, List<Placed> all) {
        for (int k = 0;; k++) {
            for (double x : new double[] {from + k * STEP / 2, from - k * STEP / 2}) {
                boolean clear = all.stream().noneMatch(p -> p.cy() > topY && p.cy() < bottomY && Math.abs(p.cx() - x) < SYMBOL / 2 + 4);
                if (clear) {
                    return x;
                }
            }
        }
    }

    /** -1 or +1: the side of the parent where the line leaves, towards the other parent if beside them. */
    private static double towardsOtherParent(Relationship r, Placed parent, Family family, Map<String, Placed> byId, double childX) {
        for (Relationship o : family.relationships()) {
            if (o != r && o.kind() == Relationship.Kind.PARENT_OF && o.to().equals(r.to())) {
                Placed other = byId.get(o.from());
                if (other != null && other.cy() == parent.cy() && Math.abs(other.cx() - parent.cx()) < STEP + 0.5) {
                    return Math.signum(other.cx() - parent.cx());
                }
            }
        }
        return childX < parent.cx() ? -1 : 1;
    }

    private static List<Enclosure> enclosures(List<Placed> placed) {
        Map<Integer, List<Placed>> rows = new TreeMap<>();
        placed.forEach(p -> rows.computeIfAbsent(p.generation(), g -> new ArrayList<>()).add(p));
        List<Enclosure> out = new ArrayList<>();
        for (List<Placed> row : rows.values()) {
            row.sort(Comparator.comparingDouble(Placed::cx));
            int i = 0;
            while (i < row.size()) {
                if (!row.get(i).person().inHousehold()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < row.size() && row.get(j + 1).person().inHousehold()) {
                    j++;
                }
                Placed first = row.get(i);
                Placed last = row.get(j);
                double top = first.cy() - SYMBOL / 2 - 6;
                out.add(new Enclosure(first.cx() - STEP / 2 + 4, top, last.cx() - first.cx() + STEP - 8, SYMBOL + 58));
                i = j + 1;
            }
        }
        return out;
    }
}
