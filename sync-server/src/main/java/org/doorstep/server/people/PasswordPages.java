package org.doorstep.server.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.doorstep.model.people.PasswordRule;
import org.doorstep.server.signin.Sessions;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * A person changes their own password (R13-accounts), whatever their role: after a temporary one,
 * which they must do before any other page, or whenever they like. A practitioner signs in here only
 * for this, then sets up their tablet with the new password.
 */
@Path("/account/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(Chrome chrome, boolean mustChange, boolean practitioner, boolean changed,
                                                int minLength, FormErrors errors);
    }

    private final Scope scope;
    private final People people;
    private final PageChrome chrome;
    private final SecurityIdentity identity;

    PasswordPages(Scope scope, People people, PageChrome chrome, SecurityIdentity identity) {
        this.scope = scope;
        this.people = people;
        this.chrome = chrome;
        this.identity = identity;
    }

    @GET
    @Transactional
    public TemplateInstance form(@QueryParam("changed") String changed) {
        return page(scope.me(), changed != null, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("repeat") String repeat) {
        Staff me = scope.me();
        String session = identity.getAttribute(Sessions.SESSION);
        People.Outcome changed = people.changeOwnPassword(me.username, current, password, repeat, session);
        if (changed.done()) {
            return Response.seeOther(URI.create("/account/password?changed=true")).build();
        }
        return Response.status(400).entity(page(me, false, new FormErrors(changed.errors()))).build();
    }

    private TemplateInstance page(Staff me, boolean changed, FormErrors errors) {
        return Templates.password(chrome.of(me, "password"), me.mustChangePassword, me.isPractitioner(), changed,
                PasswordRule.MIN_LENGTH, errors);
    }
}
