package org.doorstep.server.workspace;

/**
 * What every workspace page's frame shows: who is signed in, which section is current, when the
 * screen locks itself (R13-auto-logout) and how often the live script looks for new visits.
 */
public record Chrome(String userName, String role, String team, String section, long lockAfterSeconds, int pollSeconds) {

    /**
     * Supervisors and managers see their team's cases; an admin only looks after the form versions
     * (R2-form-approval) and the tablets (R15-lost-device), so the case pages are not offered to them.
     */
    public boolean seesCases() {
        return !org.doorstep.server.people.Staff.ADMIN.equals(role);
    }

    /** A manager looks after their team's people, an admin everyone's (R13-accounts). */
    public boolean seesPeople() {
        return org.doorstep.model.people.AccountRules.mayManagePeople(role);
    }

    /** A practitioner works on the tablet: in the browser they only change their password, so no menu. */
    public boolean seesWorkspace() {
        return !org.doorstep.server.people.Staff.PRACTITIONER.equals(role);
    }

    /** Where the service name leads: the dashboard, or for an admin the form versions. */
    public String home() {
        return !seesWorkspace() ? "/account/password" : seesCases() ? "/workspace" : "/workspace/forms";
    }

    public String roleLabel() {
        return role == null || role.isEmpty() ? "" : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
