package org.doorstep.server.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.doorstep.server.people.Staff;

/**
 * Form versions for tests, put through the real {@link FormVersions} by a manager. Each test makes
 * its own version: retiring visit-2, which every other test's notes use, would break them.
 */
@ApplicationScoped
public class FormWorld {

    private final FormVersions forms;

    FormWorld(FormVersions forms) {
        this.forms = forms;
    }

    /** A fresh version id that matches the rules. */
    public static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public String proposed(String by) {
        String id = newId();
        require(forms.register(Staff.named(by), id, "Test form " + id, "A version made by a test."));
        return id;
    }

    @Transactional
    public String approved(String by) {
        String id = proposed(by);
        approveProposed(by, id);
        return id;
    }

    @Transactional
    public void approveProposed(String by, String id) {
        require(forms.approve(Staff.named(by), id, true, "Checked by a test"));
    }

    @Transactional
    public void retire(String by, String id, String reason) {
        require(forms.retire(Staff.named(by), id, reason));
    }

    @Transactional
    public String status(String id) {
        FormVersion f = FormVersion.findById(id);
        return f == null ? null : f.status;
    }

    @Transactional
    public long count() {
        return FormVersion.count();
    }

    private static void require(FormVersions.Outcome outcome) {
        if (!outcome.done()) {
            throw new AssertionError("refused: " + outcome.errors());
        }
    }
}
