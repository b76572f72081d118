package org.doorstep.model.sketch;

/**
 * The grid every stored number is snapped to, so that what was signed decodes to exactly the same
 * values on every machine. Coordinates and widths are kept in quarters of a logical unit (finer
 * than a finger or a screen pixel, coarser than digitizer jitter, which would otherwise dominate
 * the size), pressure in hundredths, sizes in tenths of a centimetre.
 */
final class Quantum {

    /** Coordinates (and stroke widths) are multiples of 1/COORD logical units. */
    static final int COORD = 4;
    /** Pressure is a multiple of 1/PRESSURE. */
    static final int PRESSURE = 100;
    /** Coordinates beyond this many logical units from the origin are refused. */
    static final double MAX_COORD = 100_000;

    private Quantum() {
    }

    static int coordSteps(double v, String what) {
        if (!Double.isFinite(v) || Math.abs(v) > MAX_COORD) {
            throw new IllegalArgumentException(what + " must be a finite number within +/-" + (long) MAX_COORD + ", was " + v);
        }
        return (int) Math.round(v * COORD);
    }

    static double coord(double v, String what) {
        return coordSteps(v, what) / (double) COORD;
    }

    static int pressureSteps(double p) {
        if (!Double.isFinite(p) || p < 0 || p > 1) {
            throw new IllegalArgumentException("pressure must be within 0..1, was " + p);
        }
        return (int) Math.round(p * PRESSURE);
    }

    static double pressure(double p) {
        return pressureSteps(p) / (double) PRESSURE;
    }

    /** Writes a coordinate held in grid steps as the shortest exact decimal ("12", "12.25", "-0.5"), locale-free. */
    static String coordText(int steps) {
        int abs = Math.abs(steps);
        String s = (steps < 0 ? "-" : "") + (abs / COORD);
        return switch (abs % COORD) {
            case 1 -> s + ".25";
            case 2 -> s + ".5";
            case 3 -> s + ".75";
            default -> s;
        };
    }
}
