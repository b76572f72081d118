package org.doorstep.server.cases;

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
import java.util.List;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * The team's cases and their allocation (R14-transfer, R1-contemporaneous): every case of the team,
 * open or closed, with who holds it; transfers waiting for a manager of the team to confirm; and
 * opening a case at referral. A supervisor reads; a manager opens cases and confirms transfers in.
 */
@Path("/workspace/allocations")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class TeamCasePages {

    /** One case of the team in a row. */
    public record Row(String caseId, String name, String allocatedTo, String closedOn, boolean transferring) {
    }

    /** A transfer coming in: the case, where from, the audit. */
    public record Incoming(long id, String caseId, String name, String bornOn, String fromTeam, String fromPractitioner,
                           String toPractitioner, String auditedBy, String auditedAt, String audit, String findings) {
    }

    /** What was typed into the opening form. */
    public record Typed(String legalName, String dateOfBirth, String address, String nhsNumber, String referralDate,
                        String referralSource) {
        static final Typed EMPTY = new Typed("", "", "", "", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Chrome chrome, List<Row> open, List<Row> closed, List<Incoming> incoming,
                                             boolean manager, String received);

        static native TemplateInstance open(Chrome chrome, Typed typed, FormErrors errors);

        static native TemplateInstance receive(Chrome chrome, Incoming t, List<CasePages.Option> practitioners, String note,
                                               FormErrors errors);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final Words words;
    private final CaseOpenings openings;
    private final Transfers transfers;

    TeamCasePages(Scope scope, AccessLog accessLog, PageChrome chrome, Words words, CaseOpenings openings, Transfers transfers) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.words = words;
        this.openings = openings;
        this.transfers = transfers;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("received") String received) {
        Staff me = scope.me();
        List<ChildCase> cases = me.team == null ? List.of() : ChildCase.list("team = ?1 order by caseId", me.team);
        List<Row> rows = cases.stream().map(c -> new Row(c.caseId, c.childName,
                c.allocatedTo == null ? null : Teams.name(c.allocatedTo), c.closedOn == null ? null : words.date(c.closedOn),
                CaseTransfer.pendingOf(c.caseId) != null)).toList();
        return Templates.cases(chrome.of(me, "allocations"), rows.stream().filter(r -> r.closedOn() == null).toList(),
                rows.stream().filter(r -> r.closedOn() != null).toList(),
                CaseTransfer.waitingFor(me.team).stream().map(this::incoming).toList(), Staff.MANAGER.equals(me.role),
                received);
    }

    @GET
    @Path("/open")
    @RolesAllowed(Staff.MANAGER)
    public TemplateInstance openForm() {
        return Templates.open(chrome.of(scope.me(), "allocations"), Typed.EMPTY, FormErrors.NONE);
    }

    @POST
    @Path("/open")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@FormParam("legalName") String legalName, @FormParam("dateOfBirth") String dateOfBirth,
                         @FormParam("address") String address, @FormParam("nhsNumber") String nhsNumber,
                         @FormParam("referralDate") String referralDate, @FormParam("referralSource") String referralSource) {
        Staff me = scope.me();
        CaseOutcome done = openings.open(new CaseOpenings.Opening(null, null, legalName, dateOfBirth, address, nhsNumber,
                referralDate, referralSource), me);
        if (done.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + done.childCase().caseId + "/manage?done=opened")).build();
        }
        Typed typed = new Typed(CasePages.text(legalName), CasePages.text(dateOfBirth), CasePages.text(address),
                CasePages.text(nhsNumber), CasePages.text(referralDate), CasePages.text(referralSource));
        return CasePages.refused(Templates.open(chrome.of(me, "allocations"), typed, new FormErrors(done.errors())));
    }

    @GET
    @Path("/transfers/{id: [0-9]{1,18}}")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public TemplateInstance receiveForm(@PathParam("id") long id) {
        Staff me = scope.me();
        CaseTransfer t = waiting(me, id);
        return Templates.receive(chrome.of(me, "allocations"), incoming(t), CasePages.practitioners(t.toTeam, t.toPractitioner),
                "", FormErrors.NONE);
    }

    @POST
    @Path("/transfers/{id: [0-9]{1,18}}")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response receive(@PathParam("id") long id, @FormParam("practitioner") String practitioner,
                            @FormParam("note") String note) {
        Staff me = scope.me();
        CaseTransfer t = waiting(me, id);
        CaseOutcome done = transfers.receive(t, me, practitioner, note);
        if (done.done()) {
            return Response.seeOther(URI.create("/workspace/allocations?received=" + t.caseId)).build();
        }
        return CasePages.refused(Templates.receive(chrome.of(me, "allocations"), incoming(t),
                CasePages.practitioners(t.toTeam, practitioner), CasePages.text(note), new FormErrors(done.errors())));
    }

    /** A transfer waiting for the caller's team; reading it is a view of the case, so it is access-logged. */
    private CaseTransfer waiting(Staff me, long id) {
        CaseTransfer t = CaseTransfer.findById(id);
        if (t == null || !t.pending() || me.team == null || !me.team.equals(t.toTeam)) {
            throw new Scope.NotInScope("There is no transfer " + id + " waiting for " + (me.team == null ? "your team" : me.team) + ".");
        }
        accessLog.viewed(t.caseId, me.username, "Transfer into " + t.toTeam + ": confirm receipt");
        return t;
    }

    private Incoming incoming(CaseTransfer t) {
        ChildCase c = ChildCase.findById(t.caseId);
        ManagementDecision audit = ManagementDecision.findById(t.auditDecision);
        return new Incoming(t.id, c.caseId, c.childName, words.date(c.dateOfBirth), t.fromTeam,
                t.fromPractitioner == null ? null : Teams.name(t.fromPractitioner),
                t.toPractitioner == null ? null : Teams.name(t.toPractitioner), Teams.name(t.auditedBy),
                words.dateTime(t.auditedAt), audit.decision, audit.reasons);
    }
}
