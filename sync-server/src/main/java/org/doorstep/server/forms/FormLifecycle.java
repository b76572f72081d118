package org.doorstep.server.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * The rules of a visit-form version's life (R2-form-approval), as plain logic: a version is
 * registered as proposed (by a manager or an admin), approved by a manager, and later perhaps
 * retired by a manager with a reason. Nothing goes back: a retired version is never approved again,
 * because tablets told to update must not find it usable later. Each method returns what is wrong,
 * field by field, empty when the step may happen. Only the server needs these rules: the tablet
 * only learns which versions are approved.
 */
public final class FormLifecycle {

    public static final int MAX_ID = 32;
    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 2000;

    /** Short and safe in a URL, a log line and a file name: {@code visit-3}, {@code visit-3b}. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private FormLifecycle() {
    }

    public static boolean mayRegister(String role) {
        return Staff.MANAGER.equals(role) || Staff.ADMIN.equals(role);
    }

    /** Approving and retiring decide what practitioners may use: a manager's call (R2-form-approval). */
    public static boolean mayDecide(String role) {
        return Staff.MANAGER.equals(role);
    }

    /** A new version; {@code taken} says whether a version with this id is already registered. */
    public static List<FieldError> register(String role, String id, String title, String description, boolean taken) {
        List<FieldError> errors = new ArrayList<>();
        if (!mayRegister(role)) {
            errors.add(new FieldError("version", "Only a manager or an admin can register a form version"));
            return errors;
        }
        String v = strip(id);
        if (v.isEmpty()) {
            errors.add(new FieldError("version", "Enter the version id, for example visit-3"));
        } else if (v.length() > MAX_ID) {
            errors.add(new FieldError("version", "Version id must be " + MAX_ID + " characters or fewer"));
        } else if (!ID.matcher(v).matches()) {
            errors.add(new FieldError("version", "Version id must start with a letter and use only lower-case letters, "
                    + "digits and single hyphens, like visit-3"));
        } else if (taken) {
            errors.add(new FieldError("version", "Version " + v + " is already registered; choose a new id"));
        }
        String t = strip(title);
        if (t.isEmpty()) {
            errors.add(new FieldError("title", "Enter a title, for example Visit form 3"));
        } else if (t.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Title must be " + MAX_TITLE + " characters or fewer"));
        }
        String d = strip(description);
        if (d.isEmpty()) {
            errors.add(new FieldError("description", "Describe what changed in this version"));
        } else if (d.length() > MAX_TEXT) {
            errors.add(new FieldError("description", "Description must be " + MAX_TEXT + " characters or fewer"));
        }
        return errors;
    }

    /** Approval of a proposed version; the manager confirms they checked it, and may comment. */
    public static List<FieldError> approve(String role, String id, FormStatus status, boolean confirmed, String comment) {
        String field = "confirm-" + id;
        if (!mayDecide(role)) {
            return List.of(new FieldError(field, "Only a manager can approve a form version"));
        }
        if (status != FormStatus.PROPOSED) {
            return List.of(new FieldError(field, "Version " + id + " is " + status.label().toLowerCase()
                    + "; only a proposed version can be approved"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (!confirmed) {
            errors.add(new FieldError(field, "Confirm that you have checked version " + id + " and it is ready to use"));
        }
        if (strip(comment).length() > MAX_TEXT) {
            errors.add(new FieldError("comment-" + id, "Comment must be " + MAX_TEXT + " characters or fewer"));
        }
        return errors;
    }

    /** Retirement of an approved version, with the reason tablets will be told. */
    public static List<FieldError> retire(String role, String id, FormStatus status, String reason) {
        if (!mayDecide(role)) {
            return List.of(new FieldError("retire-version", "Only a manager can retire a form version"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (status == null) {
            errors.add(new FieldError("retire-version", "Choose the version to retire"));
        } else if (status != FormStatus.APPROVED) {
            errors.add(new FieldError("retire-version", "Version " + id + " is " + status.label().toLowerCase()
                    + "; only an approved version can be retired"));
        }
        String r = strip(reason);
        if (r.isEmpty()) {
            errors.add(new FieldError("reason", "Enter why the version is retired: practitioners see it when a note is refused"));
        } else if (r.length() > MAX_TEXT) {
            errors.add(new FieldError("reason", "Reason must be " + MAX_TEXT + " characters or fewer"));
        }
        return errors;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
