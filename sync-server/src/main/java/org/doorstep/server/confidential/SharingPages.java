package org.doorstep.server.confidential;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doorstep.model.confidential.LawfulBasis;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * Consent and sharing of a case (R6-consent, R7-shared-log): the consents with their withdrawal, the
 * sharing log, and the forms to record consent and a disclosure. Sharing without consent is offered
 * to managers, as it is their decision. Every view is access-logged; a refused form changes nothing.
 */
@Path("/workspace/cases/{caseId}/sharing")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class SharingPages {

    public record Option(String value, String label, boolean selected) {
    }

    public record ConsentRow(long id, String givenBy, String purpose, String sharedWith, String how, String givenOn,
                             String withdrawnOn, String recordedBy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sharing(Chrome chrome, String caseId, String childName, boolean manager,
                                               List<ConsentRow> consents, List<SharingLog.Line> disclosures,
                                               List<Option> bases, List<Option> inForce, Map<String, String> typed,
                                               FormErrors errors, String done);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final SharingLog log;
    private final Words words;

    SharingPages(Scope scope, AccessLog accessLog, PageChrome chrome, SharingLog log, Words words) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.log = log;
        this.words = words;
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        return render(me, c, Map.of(), FormErrors.NONE, done == null ? null : switch (done) {
            case "consent" -> "Consent recorded.";
            case "withdrawn" -> "Withdrawal of consent recorded.";
            case "disclosed" -> "Disclosure recorded in the sharing log.";
            default -> null;
        });
    }

    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response consent(@PathParam("caseId") String caseId, @FormParam("givenBy") String givenBy,
                            @FormParam("purpose") String purpose, @FormParam("sharedWith") String sharedWith,
                            @FormParam("how") String how, @FormParam("givenOn") String givenOn) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        List<FieldError> errors = log.consent(c, me, givenBy, purpose, sharedWith, how, givenOn);
        return errors.isEmpty() ? back(c, "consent") : refused(render(me, c, typed("givenBy", givenBy, "purpose", purpose,
                "sharedWith", sharedWith, "how", how, "givenOn", givenOn), new FormErrors(errors), null));
    }

    @POST
    @Path("/consents/{id: [0-9]{1,18}}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response withdraw(@PathParam("caseId") String caseId, @PathParam("id") long id,
                             @FormParam("withdrawnOn") String withdrawnOn) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        List<FieldError> errors = log.withdraw(c, me, id, withdrawnOn);
        return errors.isEmpty() ? back(c, "withdrawn")
                : refused(render(me, c, typed("withdrawnOn", withdrawnOn), new FormErrors(errors), null));
    }

    @POST
    @Path("/disclosures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response disclose(@PathParam("caseId") String caseId, @FormParam("to") String to, @FormParam("what") String what,
                             @FormParam("why") String why, @FormParam("basis") String basis,
                             @FormParam("consent") String consent, @FormParam("on") String on) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        List<FieldError> errors = log.disclose(c, me, to, what, why, basis, consent, on);
        return errors.isEmpty() ? back(c, "disclosed") : refused(render(me, c, typed("to", to, "what", what, "why", why,
                "basis", basis, "consent", consent, "on", on), new FormErrors(errors), null));
    }

    private TemplateInstance render(Staff me, ChildCase c, Map<String, String> typed, FormErrors errors, String done) {
        boolean manager = Restrictions.managerOf(c, me);
        List<Consent> consents = SharingLog.consents(c.caseId);
        List<ConsentRow> rows = consents.stream().map(k -> new ConsentRow(k.id, k.givenBy, k.purpose, k.sharedWith,
                k.howObtained, words.date(k.givenOn), k.withdrawnOn == null ? null : words.date(k.withdrawnOn),
                name(k.recordedBy))).toList();
        String basis = typed.getOrDefault("basis", "");
        List<Option> bases = Arrays.stream(LawfulBasis.values())
                .filter(b -> b != LawfulBasis.ACCESS_REQUEST && (manager || !b.withoutConsent()))
                .map(b -> new Option(b.wire(), b.label(), b.wire().equals(basis))).toList();
        String consent = typed.getOrDefault("consent", "");
        List<Option> inForce = consents.stream().filter(Consent::inForce)
                .map(k -> new Option(k.id.toString(), k.givenBy + ": " + k.purpose + ", with " + k.sharedWith,
                        k.id.toString().equals(consent))).toList();
        return Templates.sharing(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c), manager, rows,
                log.of(c.caseId), bases, inForce, typed, errors, done);
    }

    private static Map<String, String> typed(String... pairs) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return m;
    }

    private static String name(String username) {
        return org.doorstep.server.workspace.VisitPage.name(username);
    }

    private ChildCase opened(Staff me, String caseId) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Consent and sharing log");
        return c;
    }

    private static Response back(ChildCase c, String done) {
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/sharing?done=" + done)).build();
    }

    static Response refused(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
