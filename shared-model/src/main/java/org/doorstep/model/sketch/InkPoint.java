package org.doorstep.model.sketch;

/**
 * One sampled point of a stroke, snapped to the stored grid when it is made: x and y to 0.25
 * logical unit, pressure to 0.01. What the tablet holds is therefore exactly what is signed and
 * what the server decodes.
 *
 * @param x        logical units from the canvas's left edge
 * @param y        logical units from the canvas's top edge
 * @param t        milliseconds since the stroke began (not less than the previous point's)
 * @param pressure 0..1; a finger with no pressure sensor reports a constant
 */
public record InkPoint(double x, double y, int t, double pressure) {

    public InkPoint {
        x = Quantum.coord(x, "x");
        y = Quantum.coord(y, "y");
        if (t < 0) {
            throw new IllegalArgumentException("t must not be negative, was " + t);
        }
        pressure = Quantum.pressure(pressure);
    }

    int xSteps() {
        return (int) Math.round(x * Quantum.COORD);
    }

    int ySteps() {
        return (int) Math.round(y * Quantum.COORD);
    }

    int pressureSteps() {
        return (int) Math.round(pressure * Quantum.PRESSURE);
    }
}
