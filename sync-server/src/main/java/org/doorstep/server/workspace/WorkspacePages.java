package org.doorstep.server.workspace;

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
import java.util.Map;
import java.util.function.BiFunction;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.accesslog.AccessLogEntry;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.people.Staff;
import org.doorstep.server.proposals.Proposals;
import org.doorstep.server.review.Decisions;

/** The supervisor's workspace (R12-oversight): dashboard, review queue, visits, sign-off, case records, access log. */
@Path("/workspace")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class WorkspacePages {

    static final String SVG = "image/svg+xml";

    /** One row of the access log, in words. */
    public record Access(String who, String at, String what) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Chrome chrome, TeamOverview.Dashboard board);

        static native TemplateInstance queue(Chrome chrome, long total, List<TeamOverview.VisitLine> visits, int page,
                                             boolean more, String signedOff, String signedOffChild);

        static native TemplateInstance visit(Chrome chrome, VisitPage.View visit, List<Decisions.FieldError> errors,
                                             String comment);

        static native TemplateInstance caseRecord(Chrome chrome, CaseRecordPage.View record,
                                                  List<Decisions.FieldError> errors, String decision, String reasons,
                                                  boolean decided, String proposal);

        static native TemplateInstance accessLog(Chrome chrome, String caseId, String childName, List<Access> entries,
                                                 long total, int page, boolean more);
    }

    private final Scope scope;
    private final TeamOverview overview;
    private final VisitPage visits;
    private final CaseRecordPage records;
    private final Decisions decisions;
    private final AccessLog accessLog;
    private final CourtChronology court;
    private final Words words;
    private final Proposals proposals;
    private final PageChrome chrome;
    private final org.doorstep.server.confidential.Restrictions restrictions;

    WorkspacePages(Scope scope, TeamOverview overview, VisitPage visits, CaseRecordPage records, Decisions decisions,
                   AccessLog accessLog, CourtChronology court, Words words, Proposals proposals, PageChrome chrome,
                   org.doorstep.server.confidential.Restrictions restrictions) {
        this.restrictions = restrictions;
        this.scope = scope;
        this.overview = overview;
        this.visits = visits;
        this.records = records;
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.court = court;
        this.words = words;
        this.proposals = proposals;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance dashboard() {
        Staff me = scope.me();
        return Templates.dashboard(chrome(me, "dashboard"), overview.dashboard(me.team));
    }

    @GET
    @Path("/queue")
    @Transactional
    public TemplateInstance queue(@QueryParam("page") String page, @QueryParam("signedOff") String signedOff) {
        Staff me = scope.me();
        long total = overview.countAwaiting(me.team);
        PageNumber p = PageNumber.of(page, total, TeamOverview.QUEUE_PAGE);
        List<TeamOverview.VisitLine> lines = overview.awaiting(me.team, TeamOverview.QUEUE_PAGE, p.first());
        // The child's name only for a visit of this team's: the id comes from the address, which anyone can type.
        String child = signedOff == null ? null : scope.visibleEntryOf(me, signedOff)
                .map(e -> ChildCase.<ChildCase>findById(e.caseId).childName).orElse(null);
        return Templates.queue(chrome(me, "queue"), total, lines, p.index(), p.more(),
                child == null ? null : signedOff, child);
    }

    @GET
    @Path("/visits/{noteId}")
    @Transactional
    public TemplateInstance visit(@PathParam("noteId") String noteId) {
        Staff me = scope.me();
        CaseEntryRow e = scope.entryOf(me, noteId);
        accessLog.viewed(e.caseId, me.username, "Visit note " + noteId);
        return shown(me, e, List.of(), "");
    }

    /**
     * The visit page as this person may see it (R7-restricted): a restricted visit they may not see is
     * withheld whole, a restricted statement in its place; each view of a restricted item is logged as such.
     */
    private TemplateInstance shown(Staff me, CaseEntryRow e, List<Decisions.FieldError> errors, String comment) {
        ChildCase c = ChildCase.findById(e.caseId);
        restrictions.logViews(c, me, e.noteId);
        java.util.Set<String> files = org.doorstep.server.attachments.VisitAttachment.ofNote(e.noteId).stream()
                .map(f -> f.sha256).collect(java.util.stream.Collectors.toSet());
        restrictions.logViews(c, me, r -> files.contains(r.fileSha256));
        org.doorstep.server.confidential.Withheld hidden = org.doorstep.server.confidential.Restrictions.from(c, me);
        if (hidden.entry(e.noteId)) {
            return org.doorstep.server.confidential.RestrictionPages.withheldVisit(chrome(me, "queue"), c, hidden);
        }
        return Templates.visit(chrome(me, "queue"), visits.of(e, hidden), errors, comment);
    }

    /**
     * R1-sketch: one sketch of a visit as an SVG file, numbered from 1 as on the page. Drawn by the
     * one renderer ({@link SketchSvg}); same authorization as the visit and
     * access-logged like it. Served with a CSP that forbids scripts, in case the file is opened on its own.
     */
    @GET
    @Path("/visits/{noteId}/sketches/{number: [0-9]{1,4}}.svg")
    @Produces(SVG)
    @Transactional
    public Response sketch(@PathParam("noteId") String noteId, @PathParam("number") int number) {
        Staff me = scope.me();
        CaseEntryRow f = scope.entryOf(me, noteId);
        if (org.doorstep.server.confidential.Restrictions.from(ChildCase.findById(f.caseId), me).entry(noteId)) {
            throw new Scope.NotInScope("Visit " + noteId + " is restricted: you are not among those who may see it.");
        }
        List<Sketch> sketches = visits.sketches(f);
        if (number < 1 || number > sketches.size()) {
            throw new Scope.NotInScope("Visit " + noteId + " has no sketch " + number + ".");
        }
        accessLog.viewed(f.caseId, me.username, "Sketch " + number + " of visit note " + noteId + " exported as SVG");
        return Response.ok(SketchSvg.render(sketches.get(number - 1)), SVG + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"visit-" + noteId + "-sketch-" + number + ".svg\"")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/visits/{noteId}/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response signOff(@PathParam("noteId") String noteId, @FormParam("comment") String comment) {
        Staff me = scope.me();
        CaseEntryRow e = scope.entryOf(me, noteId);
        VisitFact f = VisitFact.byNoteId(noteId);
        if (f == null) {
            // R11-rectify: a version a correction replaced is read, not signed off; the correction is.
            accessLog.viewed(e.caseId, me.username, "Visit note " + noteId);
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE)
                    .entity(shown(me, e, List.of(new Decisions.FieldError("comment",
                            "This version was corrected by a later note; sign off the current version instead.")),
                            comment == null ? "" : comment)).build();
        }
        // Logged before the sign-off locks the case row: the log writes in its own transaction, and
        // its reference to the case would otherwise wait on this transaction's lock.
        accessLog.viewed(f.caseId, me.username, "Visit note " + noteId + " (sign-off)");
        Decisions.Outcome outcome = decisions.signOff(f, me, comment);
        if (outcome.recorded()) {
            return Response.seeOther(URI.create("/workspace/queue?signedOff=" + noteId)).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(shown(me, e, outcome.errors(), comment == null ? "" : comment))
                .build();
    }

    @GET
    @Path("/cases/{caseId}")
    @Transactional
    public Response caseRecord(@PathParam("caseId") String caseId, @QueryParam("before") String before,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("q") String text, @QueryParam("page") String page,
                               @QueryParam("decided") String decided, @QueryParam("proposal") String proposal,
                               @QueryParam("proposals") String proposalsPage) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Case record");
        // R7-restricted: each restricted fact, line and file the page holds is logged as seen or withheld.
        restrictions.logRecordViews(c, me);
        CaseRecordPage.Filter filter = CaseRecordPage.filter(from, to, text, page);
        return Response.status(filter.errors().isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.caseRecord(chrome(me, "cases"), records.of(c, sequenceBefore(before), filter, proposalsPage), List.of(), "", "",
                        decided != null, "confirmed".equals(proposal) || "rejected".equals(proposal) ? proposal : null)).build();
    }

    @POST
    @Path("/cases/{caseId}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response decide(@PathParam("caseId") String caseId, @FormParam("decision") String decision,
                           @FormParam("reasons") String reasons) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        Decisions.Outcome outcome = decisions.record(c.caseId, me, decision, reasons);
        if (outcome.recorded()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "?decided=1#decisions")).build();
        }
        accessLog.viewed(c.caseId, me.username, "Case record");
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.caseRecord(chrome(me, "cases"),
                        records.of(c, null, CaseRecordPage.filter(null, null, null, null)), outcome.errors(),
                        decision == null ? "" : decision, reasons == null ? "" : reasons, false, null)).build();
    }

    /** Confirms a proposed change to a fact of the case: it becomes current, the old value history. */
    @POST
    @Path("/cases/{caseId}/proposals/{proposalId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response confirmProposal(@PathParam("caseId") String caseId, @PathParam("proposalId") String proposalId,
                                    @FormParam("comment") String comment) {
        return decideProposal(caseId, proposalId, "confirmed", (c, me) -> proposals.confirm(c, proposalId, me, comment));
    }

    @POST
    @Path("/cases/{caseId}/proposals/{proposalId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response rejectProposal(@PathParam("caseId") String caseId, @PathParam("proposalId") String proposalId,
                                   @FormParam("comment") String comment) {
        return decideProposal(caseId, proposalId, "rejected", (c, me) -> proposals.reject(c, proposalId, me, comment));
    }

    /**
     * A confirm or reject of a proposal of a case in scope: logged as a view of the record first, then
     * decided; on to the record when done, or the record again with the errors.
     */
    private Response decideProposal(String caseId, String proposalId, String what,
                                    BiFunction<ChildCase, Staff, Proposals.Outcome> decide) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        proposalOf(c, proposalId);
        accessLog.viewed(c.caseId, me.username, "Case record: decision on proposal " + proposalId);
        return proposalDone(me, c, decide.apply(c, me), what);
    }

    private static void proposalOf(ChildCase c, String proposalId) {
        org.doorstep.server.proposals.ProposalRow r = proposalId == null ? null
                : org.doorstep.server.proposals.ProposalRow.findById(proposalId);
        if (r == null || !r.caseId.equals(c.caseId)) {
            throw new Scope.NotInScope("There is no proposal " + proposalId + " for case " + c.caseId + ".");
        }
    }

    private Response proposalDone(Staff me, ChildCase c, Proposals.Outcome outcome, String what) {
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "?proposal=" + what + "#proposals")).build();
        }
        // The view was logged before the case row was locked: the access log writes in its own
        // transaction, and its foreign key check would wait on that lock for ever.
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.caseRecord(chrome(me, "cases"),
                        records.of(c, null, CaseRecordPage.filter(null, null, null, null)), outcome.errors(), "", "",
                        false, null)).build();
    }

    @GET
    @Path("/cases/{caseId}/access-log")
    @Transactional
    public TemplateInstance accessLog(@PathParam("caseId") String caseId, @QueryParam("page") String page) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Access log of the case");
        long total = accessLog.count(c.caseId);
        PageNumber p = PageNumber.of(page, total, AccessLog.PAGE);
        List<Access> entries = accessLog.of(c.caseId, p.index()).stream()
                .map((AccessLogEntry e) -> new Access(VisitPage.name(e.username) + " (" + e.username + ")",
                        words.exact(e.accessedAt), e.what)).toList();
        return Templates.accessLog(chrome(me, "cases"), c.caseId, c.childName, entries, total, p.index(), p.more());
    }

    @GET
    @Path("/cases/{caseId}/chronology.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response courtChronology(@PathParam("caseId") String caseId, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        CaseRecordPage.Filter f = CaseRecordPage.filter(from, to, null, null);
        accessLog.viewed(c.caseId, me.username, "Court chronology exported as PDF");
        restrictions.logViews(c, me, r -> r.lineId != null || r.itemKind.equals(org.doorstep.server.confidential.Restriction.ENTRY));
        byte[] pdf = court.pdf(c, f.fromDate(), f.toDate(), me.displayName,
                org.doorstep.server.confidential.Restrictions.from(c, me));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"court-chronology-" + c.caseId + ".pdf\"").build();
    }

    /** What the pages' live script polls: the newest visit's receipt time and the queue's length. */
    @GET
    @Path("/updates")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Map<String, Object> updates() {
        Staff me = scope.me();
        return Map.of("latest", overview.latest(me.team), "awaiting", overview.countAwaiting(me.team));
    }

    /** The visits page's cursor as typed: a sequence number, or the newest visits when it is not one. */
    private static Long sequenceBefore(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Chrome chrome(Staff me, String section) {
        return chrome.of(me, section);
    }
}
