package org.doorstep.server.guessing;

import java.util.Locale;

/** Where a password was typed: the workspace's sign-in form or a tablet being set up. */
public enum SignInChannel {
    WORKSPACE, ENROLMENT;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
