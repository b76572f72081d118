package org.doorstep.server.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.people.AccountRules;
import org.doorstep.model.people.PasswordRule;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.signin.Sessions;
import org.doorstep.server.token.IssuedToken;
import org.doorstep.server.token.KnownTokens;

/**
 * Accounts, made and changed by the service itself (R13-accounts): one public entry per step, each
 * checking the rules in {@code AccountRules} and {@code PasswordRule} first and storing nothing when
 * one fails. {@code by} is the signed-in person doing it, or null for the server itself (the
 * {@code create-admin} command and the demo seed).
 */
@ApplicationScoped
public class People {

    /** Who an account event names when the server itself did it (the command line, the demo). */
    public static final String SYSTEM = "system";

    private final PasswordRule passwords;
    private final Sessions sessions;
    private final Clock clock;
    private final KnownTokens knownTokens;

    People(PasswordRule passwords, Sessions sessions, Clock clock, KnownTokens knownTokens) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
        this.knownTokens = knownTokens;
    }

    /** What someone asks for when they add a person. */
    public record NewPerson(String username, String displayName, String role, String team, String password) {
    }

    /** The person after the step, or why nothing was done, field by field. */
    public record Outcome(Staff person, List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }

        static Outcome refused(String field, String message) {
            return new Outcome(null, List.of(new FieldError(field, message)));
        }
    }

    /**
     * What is wrong with adding this person, field by field, storing nothing: the form's checks, and
     * each row's in an onboarding file's dry run.
     */
    public List<FieldError> check(Staff by, NewPerson p) {
        String team = teamOf(p);
        String username = p.username() == null ? null : p.username().strip();
        List<FieldError> errors = new ArrayList<>();
        AccountRules.nameProblem(p.displayName()).ifPresent(m -> errors.add(new FieldError("displayName", m)));
        Optional<String> usernameProblem = AccountRules.usernameProblem(username);
        usernameProblem.ifPresent(m -> errors.add(new FieldError("username", m)));
        if (usernameProblem.isEmpty() && Staff.named(username) != null) {
            errors.add(new FieldError("username", "Username " + username + " is already taken; choose another"));
        }
        AccountRules.roleAndTeamProblem(p.role(), team).ifPresent(m -> errors.add(new FieldError(
                AccountRules.ADMIN.equals(p.role()) || p.role() == null || !AccountRules.ROLES.contains(p.role()) ? "role" : "team", m)));
        if (team != null && Team.named(team) == null) {
            errors.add(new FieldError("team", "There is no team called " + team + "; choose one from the list"));
        }
        if (by != null && AccountRules.ROLES.contains(p.role()) && !AccountRules.mayLookAfter(by.role, by.team, p.role(), team)) {
            errors.add(new FieldError("role", AccountRules.ADMIN.equals(by.role) ? "You cannot add this person"
                    : "A manager adds practitioners, supervisors and managers to their own team only"));
        }
        passwords.problem(p.password(), username).ifPresent(m -> errors.add(new FieldError("password", m)));
        return errors;
    }

    /**
     * Adds a person. Added by someone in the workspace, the password is temporary: the person chooses
     * their own at first sign-in. Added by the server itself (the first admin, the demo), it is theirs.
     */
    @Transactional
    public Outcome create(Staff by, NewPerson p) {
        List<FieldError> errors = check(by, p);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        String team = teamOf(p);
        String username = p.username().strip();
        Staff s = new Staff();
        s.username = username;
        s.displayName = p.displayName().strip();
        s.role = p.role();
        s.team = team;
        s.passwordHash = PasswordHashes.hash(p.password());
        s.mustChangePassword = by != null;
        s.persist();
        AccountEvent.record(username, "Added as " + p.role() + (team == null ? "" : " in " + team)
                + (by != null ? ", with a temporary password" : ""), who(by), now());
        return new Outcome(s, List.of());
    }

    /** Adds a team (an admin's step). */
    @Transactional
    public List<FieldError> createTeam(Staff by, String name) {
        if (by != null && !AccountRules.mayMoveAndMakeTeams(by.role)) {
            return List.of(new FieldError("teamName", "Only an admin adds teams"));
        }
        Optional<String> problem = AccountRules.teamNameProblem(name);
        if (problem.isPresent()) {
            return List.of(new FieldError("teamName", problem.get()));
        }
        if (Team.named(name.strip()) != null) {
            return List.of(new FieldError("teamName", "There is already a team called " + name.strip()));
        }
        Team.ensure(name.strip(), who(by));
        return List.of();
    }

    /**
     * Moves a person to another team (an admin's step). A practitioner who still has children's cases
     * allocated is not moved: their cases would follow them to the other team unseen; the cases are
     * transferred first.
     */
    @Transactional
    public Outcome move(Staff by, String username, String team) {
        Staff s = Staff.named(username);
        if (s == null || !AccountRules.mayMoveAndMakeTeams(by.role)) {
            return Outcome.refused("team", "Only an admin moves people between teams");
        }
        String to = team == null ? "" : team.strip();
        if (AccountRules.ADMIN.equals(s.role)) {
            return Outcome.refused("team", "An admin is not in a team");
        }
        if (to.isEmpty() || Team.named(to) == null) {
            return Outcome.refused("team", to.isEmpty() ? "Choose the team to move " + s.displayName + " to"
                    : "There is no team called " + to + "; choose one from the list");
        }
        if (to.equals(s.team)) {
            return Outcome.refused("team", s.displayName + " is already in " + to + "; choose another team");
        }
        long cases = ChildCase.count("allocatedTo", s.username);
        if (cases > 0) {
            return Outcome.refused("team", s.displayName + " still has " + cases + (cases == 1 ? " case" : " cases")
                    + " allocated; transfer them first, so that no child's record moves team unseen");
        }
        AccountEvent.record(s.username, "Moved from " + s.team + " to " + to, who(by), now());
        s.team = to;
        return new Outcome(s, List.of());
    }

    /**
     * Sets a temporary password that the person must change at their next sign-in; their open
     * sessions end, so whoever holds one signs in with the new password.
     */
    @Transactional
    public Outcome setTemporaryPassword(Staff by, String username, String password) {
        Staff s = Staff.named(username);
        if (s == null || !AccountRules.mayLookAfter(by.role, by.team, s.role, s.team)) {
            return Outcome.refused("password", "You cannot set this person's password");
        }
        if (s.username.equals(by.username)) {
            return Outcome.refused("password", "Change your own password under Your password");
        }
        Optional<String> problem = passwords.problem(password, s.username);
        if (problem.isPresent()) {
            return Outcome.refused("password", problem.get());
        }
        s.passwordHash = PasswordHashes.hash(password);
        s.mustChangePassword = true;
        sessions.endAllOf(s.username, Sessions.PASSWORD_CHANGED);
        AccountEvent.record(s.username, "Temporary password set", who(by), now());
        return new Outcome(s, List.of());
    }

    /**
     * Disables an account, at once and for good (R13-accounts): the person's web sessions end, their
     * tablets' tokens are deleted (a token already issued fails at its next use) and no tablet gets a
     * token or enrols for them again. Their notes, decisions and devices stay in the record.
     */
    @Transactional
    public Outcome disable(Staff by, String username, String reason, boolean confirmed) {
        Staff s = Staff.named(username);
        if (s == null || by == null || !AccountRules.mayLookAfter(by.role, by.team, s.role, s.team)) {
            return Outcome.refused("reason", "You cannot disable this account");
        }
        if (s.username.equals(by.username)) {
            return Outcome.refused("reason", "You cannot disable your own account; ask another manager or an admin");
        }
        if (s.isDisabled()) {
            return Outcome.refused("reason", s.displayName + "'s account is already disabled");
        }
        List<FieldError> errors = new ArrayList<>();
        AccountRules.disableReasonProblem(reason).ifPresent(m -> errors.add(new FieldError("reason", m)));
        if (!confirmed) {
            errors.add(new FieldError("confirm", "Confirm that you want to disable this account"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        disableNow(s, who(by), reason.strip());
        return new Outcome(s, List.of());
    }

    /**
     * The step itself, for any code that has to stop an account at once (a check already made): marks
     * it disabled, ends its web sessions and deletes its tablets' tokens, in the caller's transaction.
     */
    @Transactional
    public void disableNow(Staff s, String by, String reason) {
        Instant now = now();
        s.disabledAt = now;
        s.disabledBy = by;
        s.disabledReason = reason;
        sessions.endAllOf(s.username, Sessions.DISABLED);
        IssuedToken.delete("username", s.username);
        knownTokens.forgetAll();
        AccountEvent.record(s.username, "Disabled: " + reason, by, now);
    }

    /**
     * Re-enables a disabled account (an admin's step, R13-accounts): someone who came back, or an
     * account disabled by mistake. It comes back with a temporary password, so a password known while
     * the account was stopped does not open it again; its tablets that were not revoked get tokens again
     * (a lost one is revoked on the Tablets page). The
     * disabling stays in the account's history, next to the re-enabling and its reason.
     */
    @Transactional
    public Outcome enable(Staff by, String username, String reason, String password) {
        Staff s = Staff.named(username);
        if (s == null || by == null || !AccountRules.mayMoveAndMakeTeams(by.role)) {
            return Outcome.refused("reason", "Only an admin re-enables an account");
        }
        if (!s.isDisabled()) {
            return Outcome.refused("reason", s.displayName + "'s account is not disabled");
        }
        List<FieldError> errors = new ArrayList<>();
        AccountRules.enableReasonProblem(reason).ifPresent(m -> errors.add(new FieldError("reason", m)));
        passwords.problem(password, s.username).ifPresent(m -> errors.add(new FieldError("password", m)));
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        s.disabledAt = null;
        s.disabledBy = null;
        s.disabledReason = null;
        s.passwordHash = PasswordHashes.hash(password);
        s.mustChangePassword = true;
        AccountEvent.record(s.username, "Re-enabled, with a temporary password: " + reason.strip(), who(by), now());
        return new Outcome(s, List.of());
    }

    /**
     * A person changes their own password (after a temporary one, or whenever they like): the current
     * one first, then the new one twice. Their other sessions end; the one they are using goes on.
     */
    @Transactional
    public Outcome changeOwnPassword(String username, String current, String next, String repeat, String keepSession) {
        Staff s = Staff.named(username);
        if (s == null || s.isDisabled()) {
            return Outcome.refused("current", "Your account is not known here any more; sign in again");
        }
        if (current == null || current.isEmpty() || !PasswordHashes.matches(current, s.passwordHash)) {
            return Outcome.refused("current", current == null || current.isEmpty() ? "Enter your current password"
                    : "Your current password is not right");
        }
        Optional<String> problem = passwords.problem(next, s.username);
        if (problem.isPresent()) {
            return Outcome.refused("password", problem.get());
        }
        if (next.equals(current)) {
            return Outcome.refused("password", "Choose a password that is different from your current one");
        }
        if (!next.equals(repeat)) {
            return Outcome.refused("repeat", "The two new passwords are not the same; type it again");
        }
        s.passwordHash = PasswordHashes.hash(next);
        s.mustChangePassword = false;
        sessions.endOthersOf(s.username, keepSession, Sessions.PASSWORD_CHANGED);
        AccountEvent.record(s.username, "Changed their password", s.username, now());
        return new Outcome(s, List.of());
    }

    /** The people {@code me} looks after: everyone for an admin, their own team for a manager. */
    public List<Staff> lookedAfterBy(Staff me) {
        if (AccountRules.ADMIN.equals(me.role)) {
            return Staff.list("order by team, displayName");
        }
        return AccountRules.MANAGER.equals(me.role) && me.team != null
                ? Staff.list("team = ?1 order by displayName", me.team) : List.of();
    }

    /** The person, if {@code me} looks after them. */
    public Optional<Staff> visible(Staff me, String username) {
        Staff s = Staff.named(username);
        return s != null && AccountRules.mayLookAfter(me.role, me.team, s.role, s.team) ? Optional.of(s) : Optional.empty();
    }

    private static String teamOf(NewPerson p) {
        return p.team() == null || p.team().isBlank() ? null : p.team().strip();
    }

    private static String who(Staff by) {
        return by == null ? SYSTEM : by.username;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
