package org.doorstep.server.cases;

import java.util.List;
import org.doorstep.server.people.Staff;

/** The teams and their practitioners, as the staff table holds them (accounts are managed elsewhere). */
final class Teams {

    private Teams() {
    }

    static List<String> all() {
        return Staff.getEntityManager().createQuery("select distinct s.team from Staff s where s.team is not null "
                + "order by s.team", String.class).getResultList();
    }

    static boolean exists(String team) {
        return team != null && Staff.count("team", team) > 0;
    }

    static List<Staff> practitioners(String team) {
        return team == null ? List.of() : Staff.list("team = ?1 and role = ?2 order by displayName", team, Staff.PRACTITIONER);
    }

    /** The practitioner of that team with this username; null when there is none. */
    static Staff practitioner(String team, String username) {
        Staff s = Staff.named(username == null ? null : username.strip());
        return s != null && s.isPractitioner() && team != null && team.equals(s.team) ? s : null;
    }

    static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
