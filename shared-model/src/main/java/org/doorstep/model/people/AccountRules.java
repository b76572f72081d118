package org.doorstep.model.people;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may look after whose account, and what a new account's names must be (R13-accounts). An admin
 * looks after every team and is in none; a manager looks after the people of their own team (not
 * admins, and not other teams); moving someone between teams and making teams is an admin's step,
 * because it changes which manager looks after them and which children's records they see.
 */
public final class AccountRules {

    public static final String PRACTITIONER = "practitioner";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final List<String> ROLES = List.of(PRACTITIONER, SUPERVISOR, MANAGER, ADMIN);

    public static final int MAX_USERNAME = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEAM = 200;
    public static final int MAX_REASON = 500;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private AccountRules() {
    }

    /** Whether someone with {@code actorRole} in {@code actorTeam} may create, disable or reset an account like this one. */
    public static boolean mayLookAfter(String actorRole, String actorTeam, String role, String team) {
        if (ADMIN.equals(actorRole)) {
            return true;
        }
        return MANAGER.equals(actorRole) && !ADMIN.equals(role) && actorTeam != null && actorTeam.equals(team);
    }

    /** Whether this role sees the people pages at all. */
    public static boolean mayManagePeople(String actorRole) {
        return ADMIN.equals(actorRole) || MANAGER.equals(actorRole);
    }

    /** Only an admin moves people between teams and makes teams. */
    public static boolean mayMoveAndMakeTeams(String actorRole) {
        return ADMIN.equals(actorRole);
    }

    public static Optional<String> usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("Enter a username");
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("Username must be 3 to " + MAX_USERNAME + " characters: lower-case letters, digits, "
                    + "dots, hyphens or underscores, starting with a letter or digit (for example amara.okafor)");
        }
        return Optional.empty();
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the person's full name");
        }
        return name.strip().length() > MAX_NAME ? Optional.of("Full name must be " + MAX_NAME + " characters or fewer")
                : Optional.empty();
    }

    public static Optional<String> teamNameProblem(String team) {
        if (team == null || team.isBlank()) {
            return Optional.of("Enter the team's name");
        }
        return team.strip().length() > MAX_TEAM ? Optional.of("Team name must be " + MAX_TEAM + " characters or fewer")
                : Optional.empty();
    }

    /** An admin is in no team; everyone else works in exactly one. */
    public static Optional<String> roleAndTeamProblem(String role, String team) {
        if (role == null || !ROLES.contains(role)) {
            return Optional.of("Choose the person's role");
        }
        if (ADMIN.equals(role)) {
            return team == null || team.isBlank() ? Optional.empty() : Optional.of("An admin is not in a team; choose no team");
        }
        return team == null || team.isBlank() ? Optional.of("Choose the team the person works in") : Optional.empty();
    }

    public static Optional<String> disableReasonProblem(String reason) {
        return reasonProblem(reason, "Enter why the account is disabled");
    }

    /** An account comes back only with a reason on its record, as it stopped with one. */
    public static Optional<String> enableReasonProblem(String reason) {
        return reasonProblem(reason, "Enter why the account is re-enabled");
    }

    private static Optional<String> reasonProblem(String reason, String whenEmpty) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            return Optional.of(whenEmpty);
        }
        return r.length() > MAX_REASON ? Optional.of("Reason must be " + MAX_REASON + " characters or fewer") : Optional.empty();
    }
}
