package org.doorstep.server.workspace;

/**
 * What every workspace page's frame shows: who is signed in, which section is current, when the
 * screen locks itself (R13-auto-logout) and how often the live script looks for new visits.
 */
public record Chrome(String userName, String role, String team, String section, long lockAfterSeconds, int pollSeconds) {

    public String roleLabel() {
        return role == null || role.isEmpty() ? "" : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
