package org.doorstep.server.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lifecycle rules on their own, no server: who may do what, and which steps exist. */
class FormLifecycleTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("R2-form-approval: registering needs a short lower-case id that is new, a title and what changed")
    void register() {
        assertEquals(List.of(), FormLifecycle.register(Staff.MANAGER, "visit-3", "Visit form 3", "Asks about school.", false));
        assertEquals(List.of(), FormLifecycle.register(Staff.ADMIN, " visit-3b ", "Visit form 3b", "Fixes a label.", false));
        assertEquals(List.of("version", "title", "description"), fields(FormLifecycle.register(Staff.ADMIN, " ", "", null, false)));
        for (String bad : List.of("Visit-3", "visit 3", "visit_3", "-visit", "visit-", "visit--3", "3-visit", "visité",
                "visit-3-with-a-name-far-too-long-for-an-id")) {
            List<FieldError> errors = FormLifecycle.register(Staff.MANAGER, bad, "T", "D", false);
            assertEquals(List.of("version"), fields(errors), bad);
        }
        assertTrue(FormLifecycle.register(Staff.MANAGER, "visit-2", "T", "D", true).get(0).message()
                .contains("already registered"));
        assertEquals(List.of("title"), fields(FormLifecycle.register(Staff.MANAGER, "v", "x".repeat(121), "D", false)));
        assertEquals(List.of("description"), fields(FormLifecycle.register(Staff.MANAGER, "v", "T", "x".repeat(2001), false)));
    }

    @Test
    @DisplayName("R2-form-approval: a manager or an admin registers; only a manager approves or retires")
    void roles() {
        assertTrue(FormLifecycle.mayRegister(Staff.MANAGER));
        assertTrue(FormLifecycle.mayRegister(Staff.ADMIN));
        assertFalse(FormLifecycle.mayRegister(Staff.SUPERVISOR));
        assertFalse(FormLifecycle.mayRegister(Staff.PRACTITIONER));
        assertTrue(FormLifecycle.mayDecide(Staff.MANAGER));
        for (String role : List.of(Staff.ADMIN, Staff.SUPERVISOR, Staff.PRACTITIONER)) {
            assertFalse(FormLifecycle.mayDecide(role), role);
            assertFalse(FormLifecycle.approve(role, "v", FormStatus.PROPOSED, true, "").isEmpty(), role);
            assertFalse(FormLifecycle.retire(role, "v", FormStatus.APPROVED, "Replaced").isEmpty(), role);
        }
        assertFalse(FormLifecycle.register(Staff.SUPERVISOR, "v", "T", "D", false).isEmpty());
    }

    @Test
    @DisplayName("R2-form-approval: approve only a proposed version, with the manager's confirmation; retire only an approved one, with a reason")
    void steps() {
        assertEquals(List.of(), FormLifecycle.approve(Staff.MANAGER, "v", FormStatus.PROPOSED, true, ""));
        assertEquals(List.of("confirm-v"), fields(FormLifecycle.approve(Staff.MANAGER, "v", FormStatus.PROPOSED, false, "ok")));
        assertEquals(List.of("comment-v"), fields(FormLifecycle.approve(Staff.MANAGER, "v", FormStatus.PROPOSED, true, "x".repeat(2001))));
        assertTrue(FormLifecycle.approve(Staff.MANAGER, "v", FormStatus.APPROVED, true, "").get(0).message()
                .contains("only a proposed version can be approved"));
        assertTrue(FormLifecycle.approve(Staff.MANAGER, "v", FormStatus.RETIRED, true, "").get(0).message()
                .contains("is retired"), "a retired version never comes back");

        assertEquals(List.of(), FormLifecycle.retire(Staff.MANAGER, "v", FormStatus.APPROVED, "Replaced by visit-3"));
        assertEquals(List.of("reason"), fields(FormLifecycle.retire(Staff.MANAGER, "v", FormStatus.APPROVED, "  ")));
        assertEquals(List.of("retire-version"), fields(FormLifecycle.retire(Staff.MANAGER, "v", FormStatus.PROPOSED, "Not needed")));
        assertEquals(List.of("retire-version"), fields(FormLifecycle.retire(Staff.MANAGER, "v", FormStatus.RETIRED, "Again")));
        assertEquals(List.of("retire-version", "reason"), fields(FormLifecycle.retire(Staff.MANAGER, null, null, null)));
    }
}
