package org.doorstep.model.confidential;

import java.time.LocalDate;
import org.doorstep.model.record.RectificationDeadline;

/**
 * When a request to see the record must be answered (R8-access): the same month as a request to
 * correct it (UK GDPR counts both alike), so the one rule is asked, not copied.
 */
public final class AccessRequestDeadline {

    private final RectificationDeadline month;

    public AccessRequestDeadline(RectificationDeadline month) {
        this.month = month;
    }

    public static AccessRequestDeadline englandAndWales() {
        return new AccessRequestDeadline(RectificationDeadline.englandAndWales());
    }

    public LocalDate dueOn(LocalDate received) {
        return month.dueOn(received);
    }
}
