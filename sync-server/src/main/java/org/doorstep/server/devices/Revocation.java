package org.doorstep.server.devices;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.TextLimits;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * The rules of revoking a tablet (R15-lost-device), as plain logic. Revoking is a manager's or an
 * admin's step: it stops a practitioner's work on that tablet at once, so it is not a supervisor's
 * to take. It needs a reason (kept on the device row and shown, since a device is not a case record
 * and has no access log) and a confirmation, because nothing undoes it: a found tablet is enrolled
 * again with a new key.
 */
public final class Revocation {

    private Revocation() {
    }

    public static boolean mayRevoke(String role) {
        return Staff.MANAGER.equals(role) || Staff.ADMIN.equals(role);
    }

    /** What is wrong with a revocation, field by field; empty when it may happen. */
    public static List<FieldError> check(String role, String reason, boolean confirmed) {
        if (!mayRevoke(role)) {
            return List.of(new FieldError("reason", "Only a manager or an admin can revoke a tablet"));
        }
        List<FieldError> errors = new ArrayList<>();
        TextLimits.required("Reason", reason, TextLimits.REVOCATION_REASON, "Enter why the tablet is revoked")
                .ifPresent(m -> errors.add(new FieldError("reason", m)));
        if (!confirmed) {
            errors.add(new FieldError("confirm", "Confirm that you want to revoke this tablet"));
        }
        return errors;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
