package org.doorstep.app.sketch;

import java.util.List;

import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.Stroke;

/** One undoable step of the pad: applied on the way forward and on redo, reverted on undo. */
sealed interface Edit {

    void apply(SketchPad p);

    void revert(SketchPad p);

    /** A finished stroke: painted once onto the committed ink, so it needs no repaint of the rest. */
    record AddStroke(Stroke stroke) implements Edit {
        public void apply(SketchPad p) {
            p.appendStroke(stroke);
        }

        public void revert(SketchPad p) {
            p.dropLastStroke(stroke);
        }
    }

    /** Erase, clear and mark removal: the whole before and after. */
    record Replace(List<Stroke> strokesBefore, List<Mark> marksBefore, List<Stroke> strokesAfter, List<Mark> marksAfter)
            implements Edit {
        public void apply(SketchPad p) {
            p.set(strokesAfter, marksAfter);
        }

        public void revert(SketchPad p) {
            p.set(strokesBefore, marksBefore);
        }
    }

    record PutMark(Mark before, Mark after) implements Edit {
        public void apply(SketchPad p) {
            p.replaceMark(after.number(), after);
        }

        public void revert(SketchPad p) {
            p.replaceMark(after.number(), before);
        }
    }

    record ChangeTemplate(String before, String after) implements Edit {
        public void apply(SketchPad p) {
            p.useTemplate(after);
        }

        public void revert(SketchPad p) {
            p.useTemplate(before);
        }
    }
}
