package org.doorstep.server.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one number every server instance reads before answering from memory (issue 16): a change that
 * makes a remembered answer wrong raises it in the change's own transaction, so it moves exactly when
 * the change commits, on every instance at once. One primary-key read per request ({@link SignalThisRequest}),
 * where the answers remembered save several.
 */
@ApplicationScoped
public class ForgetSignal {

    private final AgroalDataSource database;
    private final SignalThisRequest thisRequest;

    ForgetSignal(AgroalDataSource database, SignalThisRequest thisRequest) {
        this.database = database;
        this.thisRequest = thisRequest;
    }

    /**
     * The counter as committed now (within the caller's transaction, if there is one); within a request,
     * as the request first read it, unless the request raised it since.
     */
    public long current() {
        if (!Arc.container().requestContext().isActive()) {
            return read();
        }
        Long seen = thisRequest.seen();
        if (seen == null) {
            seen = read();
            thisRequest.seen(seen);
        }
        return seen;
    }

    private long read() {
        try (Connection c = database.getConnection();
             PreparedStatement read = c.prepareStatement("select generation from forget_signal where id = 1");
             ResultSet r = read.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the forget signal", e);
        }
    }

    /** Moves the counter in the caller's transaction (or at once, outside one). */
    public void raise() {
        try (Connection c = database.getConnection();
             PreparedStatement raise = c.prepareStatement("update forget_signal set generation = generation + 1 where id = 1")) {
            raise.executeUpdate();
            if (Arc.container().requestContext().isActive()) {
                thisRequest.seen(null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot raise the forget signal", e);
        }
    }
}
