package org.doorstep.server.notes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Many rows in one {@code insert ... on duplicate key update} statement: one round trip for what a
 * transaction changes in a table. MariaDB takes the rows' locks in the order given, so callers give
 * them in key order.
 */
final class MultiRowUpsert {

    private MultiRowUpsert() {
    }

    /** {@code onDuplicate} says what a row already there becomes, e.g. {@code visits = visits + values(visits)}. */
    static void write(EntityManager em, String table, List<String> columns, List<List<Object>> rows, String onDuplicate) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") values ");
        int p = 0;
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.size(); c++) {
                sql.append(c == 0 ? "?" : ", ?").append(++p);
            }
            sql.append(')');
        }
        sql.append(" on duplicate key update ").append(onDuplicate);
        Query q = em.createNativeQuery(sql.toString());
        p = 0;
        for (List<Object> row : rows) {
            for (Object value : row) {
                q.setParameter(++p, value);
            }
        }
        q.executeUpdate();
    }
}
