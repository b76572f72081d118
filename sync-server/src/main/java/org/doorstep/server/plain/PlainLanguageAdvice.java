package org.doorstep.server.plain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.doorstep.model.plain.Advice;
import org.doorstep.model.plain.PlainWriting;
import org.doorstep.model.record.TextLimits;
import org.doorstep.server.people.Staff;

/**
 * R10-plain on the web: the advice the tablet gives while typing, for the workspace's free-text
 * boxes (summaries, decisions, sign-off comments, answers to requests), asked for by
 * {@code /js/plain-language.js} as the person types. Advice only: it reads the text and keeps nothing.
 */
@Path("/workspace/plain-language")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
public class PlainLanguageAdvice {

    /** One piece of advice as the page shows it. */
    public record Item(String term, String kind, String message) {
    }

    /** Longer than any box on the workspace takes: beyond it the text is not read at all. */
    static final int MAX_TEXT = Math.max(TextLimits.REASONS, org.doorstep.model.record.SummaryRules.MAX_TEXT);

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Item> advise(@FormParam("text") String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return List.of();
        }
        return PlainWriting.defaults().advise(text).stream()
                .map(a -> new Item(a.term(), a.kind().name().toLowerCase(java.util.Locale.ROOT), a.message())).toList();
    }

    /** The advice for a text already written, for a page to show after it was saved. */
    public static List<String> messages(String text) {
        return text == null ? List.of() : PlainWriting.defaults().advise(text).stream().map(Advice::message).distinct().toList();
    }
}
