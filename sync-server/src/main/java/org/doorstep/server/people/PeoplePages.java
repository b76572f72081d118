package org.doorstep.server.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.model.people.AccountRules;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * People and teams in the workspace (R13-accounts): an admin looks after every team and makes teams;
 * a manager looks after their own team. Add a person with a temporary password, move them to another
 * team (admin), set a new temporary password, disable an account. Each form that is refused comes
 * back with the message beside its field and nothing stored.
 */
@Path("/workspace/people")
@RolesAllowed({Staff.MANAGER, Staff.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    private static final String USERNAME = "{username: [a-z0-9._-]{1,64}}";

    /** One person in words. */
    public record Row(String username, String name, String role, String team, boolean disabled, String disabledAt,
                      String disabledBy, String disabledReason, boolean mustChangePassword) {
        public String roleLabel() {
            return Character.toUpperCase(role.charAt(0)) + role.substring(1);
        }
    }

    /** One line of an account's history. */
    public record Event(String when, String what, String by) {
    }

    /** A role to choose, in words. */
    public record RoleChoice(String value, String label, String hint) {
        static RoleChoice of(String role) {
            String hint = switch (role) {
                case Staff.PRACTITIONER -> "Visits children and records on a tablet";
                case Staff.SUPERVISOR -> "Reads and signs off the team's visits";
                case Staff.MANAGER -> "Also approves form versions, revokes tablets and looks after the team's people";
                default -> "Looks after every team's people, tablets and form versions; sees no case";
            };
            return new RoleChoice(role, Character.toUpperCase(role.charAt(0)) + role.substring(1), hint);
        }
    }

    /** What the add-a-person form holds, typed back into it when it is refused. */
    public record Draft(String displayName, String username, String role, String team) {
        static final Draft EMPTY = new Draft("", "", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Chrome chrome, List<Row> people, List<String> teams, boolean mayMakeTeams,
                                              FormErrors errors, String teamName, String addedTeam);

        static native TemplateInstance newPerson(Chrome chrome, Draft draft, List<RoleChoice> roles, List<String> teams,
                                                 boolean admin, FormErrors errors);

        static native TemplateInstance person(Chrome chrome, Row person, List<Event> history, List<String> otherTeams,
                                              boolean mayMove, boolean self, boolean mayEnable, FormErrors errors, String done);

        static native TemplateInstance disable(Chrome chrome, Row person, FormErrors errors, String reason, boolean confirmed);
    }

    private final Scope scope;
    private final People people;
    private final PageChrome chrome;
    private final Words words;

    PeoplePages(Scope scope, People people, PageChrome chrome, Words words) {
        this.scope = scope;
        this.people = people;
        this.chrome = chrome;
        this.words = words;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("team") String addedTeam) {
        Staff me = scope.me();
        // The banner names only a team that exists: the query string is anyone's.
        return listPage(me, FormErrors.NONE, "", Team.named(addedTeam) == null ? null : addedTeam);
    }

    @POST
    @Path("/teams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addTeam(@FormParam("teamName") String teamName) {
        Staff me = scope.me();
        List<FieldError> errors = people.createTeam(me, teamName);
        if (errors.isEmpty()) {
            return seeOther("/workspace/people?team=" + encode(teamName.strip()));
        }
        return Response.status(400).entity(listPage(me, new FormErrors(errors), teamName == null ? "" : teamName, null)).build();
    }

    @GET
    @Path("/new")
    @Transactional
    public TemplateInstance newPerson() {
        Staff me = scope.me();
        Draft draft = Staff.ADMIN.equals(me.role) ? Draft.EMPTY : new Draft("", "", "", me.team);
        return newPersonPage(me, draft, FormErrors.NONE);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@FormParam("displayName") String displayName, @FormParam("username") String username,
                        @FormParam("role") String role, @FormParam("team") String team, @FormParam("password") String password) {
        Staff me = scope.me();
        // A manager adds to their own team whatever the form says.
        String inTeam = Staff.ADMIN.equals(me.role) ? team : me.team;
        People.Outcome added = people.create(me, new People.NewPerson(username, displayName, role,
                Staff.ADMIN.equals(role) ? null : inTeam, password));
        if (added.done()) {
            return seeOther("/workspace/people/" + added.person().username + "?done=added");
        }
        Draft draft = new Draft(blank(displayName), blank(username), blank(role), blank(inTeam));
        return Response.status(400).entity(newPersonPage(me, draft, new FormErrors(added.errors()))).build();
    }

    @GET
    @Path("/" + USERNAME)
    @Transactional
    public TemplateInstance person(@PathParam("username") String username, @QueryParam("done") String done) {
        Staff me = scope.me();
        return personPage(me, visible(me, username), FormErrors.NONE, done);
    }

    @POST
    @Path("/" + USERNAME + "/team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response move(@PathParam("username") String username, @FormParam("team") String team) {
        Staff me = scope.me();
        Staff person = visible(me, username);
        People.Outcome moved = people.move(me, username, team);
        if (moved.done()) {
            return seeOther("/workspace/people/" + username + "?done=moved");
        }
        return Response.status(400).entity(personPage(me, person, new FormErrors(moved.errors()), null)).build();
    }

    @POST
    @Path("/" + USERNAME + "/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response temporaryPassword(@PathParam("username") String username, @FormParam("password") String password) {
        Staff me = scope.me();
        Staff person = visible(me, username);
        People.Outcome set = people.setTemporaryPassword(me, username, password);
        if (set.done()) {
            return seeOther("/workspace/people/" + username + "?done=password");
        }
        return Response.status(400).entity(personPage(me, person, new FormErrors(set.errors()), null)).build();
    }

    @GET
    @Path("/" + USERNAME + "/disable")
    @Transactional
    public TemplateInstance confirmDisable(@PathParam("username") String username) {
        Staff me = scope.me();
        return Templates.disable(chrome.of(me, "people"), row(visible(me, username)), FormErrors.NONE, "", false);
    }

    @POST
    @Path("/" + USERNAME + "/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response disable(@PathParam("username") String username, @FormParam("reason") String reason,
                            @FormParam("confirm") String confirm) {
        Staff me = scope.me();
        Staff person = visible(me, username);
        boolean confirmed = "yes".equals(confirm);
        People.Outcome disabled = people.disable(me, username, reason, confirmed);
        if (disabled.done()) {
            return seeOther("/workspace/people/" + username + "?done=disabled");
        }
        TemplateInstance page = Templates.disable(chrome.of(me, "people"), row(person), new FormErrors(disabled.errors()),
                blank(reason), confirmed);
        return Response.status(person.isDisabled() ? 409 : 400).entity(page).build();
    }

    @POST
    @Path("/" + USERNAME + "/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response enable(@PathParam("username") String username, @FormParam("reason") String reason,
                           @FormParam("password") String password) {
        Staff me = scope.me();
        Staff person = visible(me, username);
        People.Outcome enabled = people.enable(me, username, reason, password);
        if (enabled.done()) {
            return seeOther("/workspace/people/" + username + "?done=enabled");
        }
        return Response.status(400).entity(personPage(me, person, new FormErrors(enabled.errors()), null)).build();
    }

    private TemplateInstance listPage(Staff me, FormErrors errors, String teamName, String addedTeam) {
        List<Row> rows = people.lookedAfterBy(me).stream().map(this::row).toList();
        return Templates.people(chrome.of(me, "people"), rows, teamNames(), AccountRules.mayMoveAndMakeTeams(me.role),
                errors, teamName, addedTeam);
    }

    private TemplateInstance newPersonPage(Staff me, Draft draft, FormErrors errors) {
        boolean admin = Staff.ADMIN.equals(me.role);
        List<RoleChoice> roles = AccountRules.ROLES.stream()
                .filter(r -> AccountRules.mayLookAfter(me.role, me.team, r, Staff.ADMIN.equals(r) ? null : me.team))
                .map(RoleChoice::of).toList();
        return Templates.newPerson(chrome.of(me, "people"), draft, roles, admin ? teamNames() : List.of(me.team), admin, errors);
    }

    /** {@code done} names the step just taken (added, moved, password, disabled); the page says it in words. */
    private TemplateInstance personPage(Staff me, Staff person, FormErrors errors, String done) {
        List<Event> history = AccountEvent.of(person.username).stream()
                .map(e -> new Event(words.dateTime(e.doneAt), e.what, nameOf(e.doneBy))).toList();
        List<String> others = teamNames().stream().filter(t -> !t.equals(person.team)).toList();
        boolean mayMove = AccountRules.mayMoveAndMakeTeams(me.role) && !Staff.ADMIN.equals(person.role) && !person.isDisabled();
        return Templates.person(chrome.of(me, "people"), row(person), history, others, mayMove,
                person.username.equals(me.username), AccountRules.mayMoveAndMakeTeams(me.role), errors, done);
    }

    private Staff visible(Staff me, String username) {
        return people.visible(me, username)
                .orElseThrow(() -> new Scope.NotInScope("There is no person " + username + " that you look after."));
    }

    private Row row(Staff s) {
        return new Row(s.username, s.displayName, s.role, s.team, s.isDisabled(),
                s.disabledAt == null ? null : words.dateTime(s.disabledAt), s.disabledBy == null ? null : nameOf(s.disabledBy),
                s.disabledReason, s.mustChangePassword);
    }

    private static List<String> teamNames() {
        return Team.all().stream().map(t -> t.name).toList();
    }

    private static String nameOf(String username) {
        Staff s = Staff.named(username);
        return s == null ? (People.SYSTEM.equals(username) ? "the server (set-up)" : username) : s.displayName;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
