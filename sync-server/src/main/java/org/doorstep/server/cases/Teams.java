package org.doorstep.server.cases;

import java.util.List;
import org.doorstep.server.people.Staff;

/** The teams and their practitioners, as the staff table holds them (accounts are managed elsewhere). */
public final class Teams {

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
        // A disabled account takes no case (R13-accounts), so it is not offered.
        return team == null ? List.of() : Staff.list("team = ?1 and role = ?2 and disabledAt is null order by displayName",
                team, Staff.PRACTITIONER);
    }

    /** The practitioner of that team with this username; null when there is none. */
    static Staff practitioner(String team, String username) {
        Staff s = Staff.named(username == null ? null : username.strip());
        return s != null && s.isPractitioner() && team != null && team.equals(s.team) ? s : null;
    }

    /**
     * Why this person cannot be given a case of the team; null when they can. A disabled account keeps
     * its records but takes no case (R13-accounts), so that no child is left with nobody visiting.
     */
    public static String whyNotTake(String team, String username) {
        Staff s = Staff.named(username == null ? null : username.strip());
        if (s == null || !s.isPractitioner() || team == null || !team.equals(s.team)) {
            return "Choose a practitioner of " + team + " from the list";
        }
        return s.isDisabled() ? s.displayName + "'s account is disabled: choose a practitioner who works in " + team + " now" : null;
    }

    static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
