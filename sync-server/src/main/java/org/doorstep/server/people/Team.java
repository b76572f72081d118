package org.doorstep.server.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A team: the people a manager looks after and whose children's cases its supervisors see (R13-accounts). */
@Entity
@Table(name = "teams")
public class Team extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Team named(String name) {
        return name == null ? null : findById(name);
    }

    public static List<Team> all() {
        return list("order by name");
    }

    static Team ensure(String name, String by) {
        Team t = named(name);
        if (t == null) {
            t = new Team();
            t.name = name;
            t.createdAt = Instant.now();
            t.createdBy = by;
            t.persist();
        }
        return t;
    }
}
