package org.doorstep.app.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real mark form under Monocle, asked at the size edges the signed Mark has (R1-sketch). */
@ExtendWith(ApplicationExtension.class)
class MarkFormTest {

    MarkForm form;

    @Start
    void start(Stage stage) {
        form = new MarkForm();
        stage.setScene(new Scene(form, 800, 1200));
        stage.show();
    }

    @Test
    @DisplayName("R1-sketch: the form takes the sizes the signed Mark takes (0 and 1000 cm) and refuses the rest with MarkRules' message beside the field")
    void sizeEdgesAgreeWithMark(FxRobot robot) {
        robot.interact(() -> {
            form.open(new SketchPad.MarkRequest(1, 100, 100, null, "left forearm", null), false);
            ((ToggleButton) form.lookup("#mark-basis-seen")).fire();
        });
        List<String> taken = new ArrayList<>();
        for (String typed : new String[] {"0", "1000", "0,04", "-0.1", "1000.1", "two"}) {
            AtomicReference<Optional<Mark>> m = new AtomicReference<>();
            robot.interact(() -> {
                ((TextField) form.lookup("#mark-size")).setText(typed);
                m.set(form.validate());
            });
            String error = ((Label) form.lookup("#error-mark-size")).getText();
            if (m.get().isPresent()) {
                taken.add(typed + "=" + m.get().get().sizeCm());
                assertEquals("", error);
            } else {
                assertEquals(MarkRules.size(typed).problem(), error, typed);
            }
        }
        assertEquals(List.of("0=0.0", "1000=1000.0", "0,04=0.0"), taken);
        assertTrue(MarkRules.SIZE_RANGE.contains("0 to 1000"));
    }
}
