package org.doorstep.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Properties;
import org.doorstep.model.wire.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    @DisplayName("A request that failed for want of the database is told apart from one that failed on its own: 503 with Retry-After")
    void connectionFailureIsAnOutage() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty("user", "doorstep");
        p.setProperty("connectTimeout", "2000");
        SQLException real = assertThrows(SQLException.class,
                () -> new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + closed + "/doorstep", p));
        // As Hibernate and JTA hand it on: wrapped, sometimes twice.
        assertTrue(DatabaseOutage.causedBy(new PersistenceException("could not prepare", new RuntimeException(real))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("Duplicate entry", "23000")));

        Response r = DatabaseOutage.response("/api/v1/notes/batch");
        assertEquals(503, r.getStatus());
        assertEquals("5", String.valueOf(r.getHeaders().getFirst("Retry-After")));
        assertEquals("service-unavailable", ((Problem) r.getEntity()).slug());
    }
}
