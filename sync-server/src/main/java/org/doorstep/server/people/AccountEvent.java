package org.doorstep.server.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One thing done to an account, by whom and when (R13-accounts); kept, never changed. */
@Entity
@Table(name = "account_events")
public class AccountEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    public String what;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;

    static void record(String username, String what, String by, Instant at) {
        AccountEvent e = new AccountEvent();
        e.username = username;
        e.what = what;
        e.doneBy = by;
        e.doneAt = at;
        e.persist();
    }

    public static List<AccountEvent> of(String username) {
        return list("username = ?1 order by doneAt desc, id desc", username);
    }
}
