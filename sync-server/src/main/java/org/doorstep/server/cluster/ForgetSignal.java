package org.doorstep.server.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one number every server instance reads before answering from memory (issue 16): a change that
 * makes a remembered answer wrong raises it in the change's own transaction, so it moves exactly when
 * the change commits, on every instance at once. One primary-key read per lookup, where the answer
 * remembered saves several.
 */
@ApplicationScoped
public class ForgetSignal {

    private final AgroalDataSource database;

    ForgetSignal(AgroalDataSource database) {
        this.database = database;
    }

    /** The counter as committed now (within the caller's transaction, if there is one). */
    public long current() {
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
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot raise the forget signal", e);
        }
    }
}
