package org.doorstep.server.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Named leases in {@code cluster_leases} (V78): at most one holder of a name at a time across every
 * instance on the database, until the holder lets go or its time runs out (an instance that died
 * holding one blocks nobody for longer than the lease). Each step commits on its own, outside any
 * transaction of the caller, so a lease is seen by the other instances as soon as it is taken. The
 * time is the database's, so instances whose clocks differ still agree when a lease ends.
 *
 * <p>On a Galera cluster two nodes may grant the same free name at the same moment; the later commit
 * fails certification and that taker is told no, so still one holder.
 */
@ApplicationScoped
public class Leases {

    private final AgroalDataSource database;

    Leases(AgroalDataSource database) {
        this.database = database;
    }

    /**
     * Takes the name for {@code length} if nobody holds it (or a holder's time ran out); true when taken.
     * Not again by its own holder: two threads of one instance take turns like two instances.
     */
    public boolean tryTake(String name, String holder, Duration length) {
        long micros = length.toNanos() / 1000;
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert ignore into cluster_leases (name, holder, held_until) "
                    + "values (?, ?, now(6) + interval ? microsecond)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                insert.setLong(3, micros);
                if (insert.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement takeOver = c.prepareStatement("update cluster_leases set holder = ?, "
                    + "held_until = now(6) + interval ? microsecond where name = ? and held_until < now(6)")) {
                takeOver.setString(1, holder);
                takeOver.setLong(2, micros);
                takeOver.setString(3, name);
                return takeOver.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            if (ConflictRetry.isConflict(e)) {
                return false;
            }
            throw new IllegalStateException("Cannot take the lease " + name, e);
        }
    }

    /** Holds the name for {@code length} from now, if this holder still holds it; true when it does. */
    public boolean renew(String name, String holder, Duration length) {
        try (Connection c = database.getConnection();
             PreparedStatement renew = c.prepareStatement("update cluster_leases set held_until = now(6) + interval ? microsecond "
                     + "where name = ? and holder = ?")) {
            renew.setLong(1, length.toNanos() / 1000);
            renew.setString(2, name);
            renew.setString(3, holder);
            return renew.executeUpdate() == 1;
        } catch (SQLException e) {
            if (ConflictRetry.isConflict(e)) {
                return false;
            }
            throw new IllegalStateException("Cannot renew the lease " + name, e);
        }
    }

    /** Lets go of the name, if this holder still holds it. */
    public void release(String name, String holder) {
        try (Connection c = database.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from cluster_leases where name = ? and holder = ?")) {
            delete.setString(1, name);
            delete.setString(2, holder);
            delete.executeUpdate();
        } catch (SQLException e) {
            // Not let go means held until it runs out: late, never wrong.
            throw new IllegalStateException("Cannot let go of the lease " + name, e);
        }
    }

    /** The current holder of the name, or null when nobody holds it now (for tests and messages). */
    public String holder(String name) {
        try (Connection c = database.getConnection();
             PreparedStatement read = c.prepareStatement("select holder from cluster_leases where name = ? and held_until >= now(6)")) {
            read.setString(1, name);
            try (var r = read.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lease " + name, e);
        }
    }
}
