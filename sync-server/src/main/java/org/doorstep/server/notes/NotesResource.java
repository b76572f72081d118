package org.doorstep.server.notes;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.model.wire.Problem;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.token.Tokens;
import org.jboss.logging.Logger;

/** POST /api/v1/notes (one note) and POST /api/v1/notes/batch (up to 100, one outcome each). */
@Path("/api/v1/notes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

    public static final int MAX_BATCH = org.doorstep.model.wire.NoteBatch.MAX_NOTES;
    private static final Logger LOG = Logger.getLogger(NotesResource.class);

    private final Tokens tokens;
    private final NoteIngest ingest;
    private final IngestMeters meters;

    NotesResource(Tokens tokens, NoteIngest ingest, IngestMeters meters) {
        this.tokens = tokens;
        this.ingest = ingest;
        this.meters = meters;
    }

    @POST
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SignedNote note) {
        return meters.timed(IngestMeters.Via.SINGLE, () -> {
            Ingested result;
            try {
                result = one(authorization, note);
            } catch (ProblemException e) {
                meters.refused(IngestMeters.Via.SINGLE, e.problem().slug());
                throw e;
            }
            if (result.duplicate()) {
                meters.alreadyHeld(IngestMeters.Via.SINGLE);
            } else {
                meters.stored(IngestMeters.Via.SINGLE);
            }
            return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                    .entity(result.receipt()).build();
        });
    }

    private Ingested one(String authorization, SignedNote note) {
        Practitioner practitioner = tokens.practitioner(authorization);
        if (note == null) {
            throw ProblemException.of("malformed-json", "Malformed JSON", 400, "The request body is empty.");
        }
        return ingest.accept(note, practitioner);
    }

    @POST
    @Path("/batch")
    public BatchOutcome batch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NoteBatch batch) {
        return meters.timed(IngestMeters.Via.BATCH, () -> {
            BatchOutcome outcome = merged(authorization, batch);
            for (NoteOutcome o : outcome.outcomes()) {
                if (o.problem() != null) {
                    meters.refused(IngestMeters.Via.BATCH, o.problem().slug());
                } else if (o.status() == org.doorstep.model.wire.NoteStatus.DUPLICATE) {
                    meters.alreadyHeld(IngestMeters.Via.BATCH);
                } else {
                    meters.stored(IngestMeters.Via.BATCH);
                }
            }
            return outcome;
        });
    }

    private BatchOutcome merged(String authorization, NoteBatch batch) {
        Practitioner practitioner = tokens.practitioner(authorization);
        if (batch == null || batch.notes() == null) {
            throw ProblemException.of("malformed-json", "Malformed JSON", 400,
                    "The request must be a batch: {\"notes\": [ ...signed notes... ]}.");
        }
        if (batch.notes().size() > MAX_BATCH) {
            throw ProblemException.of("batch-too-large", "Batch too large", 413,
                    "A batch holds at most " + MAX_BATCH + " notes; this one holds " + batch.notes().size() + ".");
        }
        meters.batch(batch.notes().size());
        List<NoteOutcome> outcomes = new ArrayList<>(batch.notes().size());
        List<NoteIngest.Outcome> results;
        try {
            results = ingest.acceptAll(batch.notes(), practitioner);
        } catch (RuntimeException e) {
            LOG.error("A batch of " + batch.notes().size() + " notes failed", e);
            for (SignedNote note : batch.notes()) {
                outcomes.add(NoteOutcome.rejected(note == null ? null : note.noteId(), Problem.of("internal-error",
                        "Internal error", 500, "The server could not store this note; send it again later.")));
            }
            return new BatchOutcome(outcomes);
        }
        for (int i = 0; i < results.size(); i++) {
            NoteIngest.Outcome r = results.get(i);
            SignedNote note = batch.notes().get(i);
            if (r.problem() != null) {
                outcomes.add(NoteOutcome.rejected(note == null ? null : note.noteId(), r.problem().problem()));
            } else {
                outcomes.add(r.ingested().duplicate() ? NoteOutcome.duplicate(r.ingested().receipt())
                        : NoteOutcome.accepted(r.ingested().receipt()));
            }
        }
        return new BatchOutcome(outcomes);
    }
}
