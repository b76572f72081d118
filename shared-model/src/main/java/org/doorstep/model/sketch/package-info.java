/**
 * Sketches and body maps that are part of a signed visit note (R1-sketch).
 *
 * <p>A {@link org.doorstep.model.sketch.Sketch} is ink ({@link org.doorstep.model.sketch.Stroke}s of
 * {@link org.doorstep.model.sketch.InkPoint}s) and numbered {@link org.doorstep.model.sketch.Mark}s
 * drawn over one of the {@link org.doorstep.model.sketch.SketchTemplates}. {@link
 * org.doorstep.model.sketch.SketchCodec} turns it into the small JSON object that sits inside the
 * note and is covered by the note's signature; {@link org.doorstep.model.sketch.SketchSvg} is the
 * one renderer both the server pages and exports use. Pure Java: no UI toolkit, no IO.
 */
package org.doorstep.model.sketch;
