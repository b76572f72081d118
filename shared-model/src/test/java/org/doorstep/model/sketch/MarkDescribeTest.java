package org.doorstep.model.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkDescribeTest {

    @Test
    @DisplayName("R1-sketch: a mark's line holds every detail recorded, colours as written, the child's words quoted once")
    void everyDetailOnce() {
        Mark m = new Mark(1, 10, 20, "forearm-left", "left forearm", 2.5, "oval", List.of("purple", "yellow"), false, true,
                List.of(SurfaceSign.SCAB), "\"I fell off my bike\"", "She fell in the park", MarkBasis.SEEN, "Monday evening");
        assertEquals("1: left forearm, seen by you; 2.5 cm; oval; purple, yellow; skin broken: no; swelling: yes; scab; "
                + "first noticed: Monday evening; the child said: \u201cI fell off my bike\u201d; "
                + "the carer said: \u201cShe fell in the park\u201d", m.describe());
        Mark bare = new Mark(2, 10, 20, null, null, null, null, List.of(), null, null, List.of(), null, null,
                MarkBasis.REPORTED, null);
        assertEquals("2: site not named, reported to you", bare.describe());
    }
}
