package org.doorstep.model.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the visits a manager audits (R12-audit). The draw is reproducible: the same candidates in the
 * same order with the same seed give the same sample, on any JVM, because {@link Random}'s generator
 * is fixed by its specification. The caller orders the candidates by something stable (the note id).
 */
public final class AuditDraw {

    private AuditDraw() {
    }

    /** Up to {@code size} of the candidates, in the order drawn (a partial Fisher-Yates shuffle). */
    public static <T> List<T> draw(List<T> candidates, int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        List<T> pool = new ArrayList<>(candidates);
        Random random = new Random(seed);
        int n = Math.min(size, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            T picked = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, picked);
        }
        return List.copyOf(pool.subList(0, n));
    }
}
