package org.doorstep.server.guessing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import org.doorstep.model.guessing.LockoutPolicy;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * Sign-in security, an admin's page (R13-accounts): who is locked out now, with an early unlock;
 * locks of the last week and who released them; failed and refused sign-ins, newest first. Names are
 * shown as typed, since a guess at a name that does not exist is worth seeing too.
 */
@Path("/workspace/sign-in-security")
@RolesAllowed(Staff.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class SignInSecurityPages {

    /** A lock in words. */
    public record LockRow(long id, String kind, String subject, String lockedAt, String until, String released) {
    }

    /** A failed or refused sign-in in words. */
    public record AttemptRow(String at, String username, String address, String channel, boolean refused) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance security(Chrome chrome, List<LockRow> holding, List<LockRow> ended,
                                                List<AttemptRow> attempts, int page, boolean more, String unlocked,
                                                String policy);
    }

    private final Scope scope;
    private final SignInHistory history;
    private final Words words;
    private final PageChrome chrome;

    SignInSecurityPages(Scope scope, SignInHistory history, Words words, PageChrome chrome) {
        this.scope = scope;
        this.history = history;
        this.words = words;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance page(@QueryParam("page") Integer page, @QueryParam("unlocked") String unlocked) {
        Staff me = scope.me();
        // Pages past the end are empty rather than an error; a huge number is clamped before it is multiplied.
        int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
        SignInHistory.Attempts attempts = history.attempts(p);
        return Templates.security(chrome.of(me, "sign-in-security"),
                history.holding().stream().map(this::lockRow).toList(),
                history.ended().stream().map(this::lockRow).toList(),
                attempts.attempts().stream().map(this::attemptRow).toList(), p, attempts.more(),
                unlocked == null ? null : unlocked.replaceAll("[^A-Za-z0-9._@:-]", ""), policy());
    }

    @POST
    @Path("/locks/{id: [0-9]{1,18}}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("id") long id) {
        Staff me = scope.me();
        history.release(id, me.username);
        SignInLock lock = SignInLock.findById(id);
        // Unlocking what had already ended, or a lock that is not there, changes nothing; the page shows the state as it is.
        return Response.seeOther(URI.create("/workspace/sign-in-security"
                + (lock == null ? "" : "?unlocked=" + java.net.URLEncoder.encode(lock.subject, java.nio.charset.StandardCharsets.UTF_8)))).build();
    }

    private static String policy() {
        LockoutPolicy a = LockoutPolicy.ACCOUNT;
        LockoutPolicy d = LockoutPolicy.ADDRESS;
        return a.failures() + " wrong passwords for one username within " + a.window().toMinutes() + " minutes pause it for "
                + a.lock().toMinutes() + " minutes; " + d.failures() + " from one address within " + d.window().toMinutes()
                + " minutes pause that address for " + d.lock().toMinutes() + " minutes.";
    }

    private LockRow lockRow(SignInLock l) {
        String released = l.releasedAt == null ? null : words.dateTime(l.releasedAt) + " by " + nameOf(l.releasedBy);
        return new LockRow(l.id, SignInLock.ACCOUNT.equals(l.kind) ? "Username" : "Address", l.subject,
                words.dateTime(l.lockedAt), words.dateTime(l.lockedUntil), released);
    }

    private AttemptRow attemptRow(SignInAttempt a) {
        return new AttemptRow(words.exact(a.at), a.username, a.address,
                SignInChannel.ENROLMENT.column().equals(a.channel) ? "Tablet set-up" : "Workspace",
                SignInAttempt.LOCKED.equals(a.outcome));
    }

    private static String nameOf(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
