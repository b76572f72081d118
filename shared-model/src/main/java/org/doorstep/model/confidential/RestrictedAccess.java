package org.doorstep.model.confidential;

import java.util.Set;

/**
 * Who may see a restricted item (R7-restricted): the person who marked it, the people they named,
 * and the team's managers, who confirm, review and lift restrictions. Practitioners' tablets never
 * receive one, whoever is named.
 *
 * @param markedBy the username of who marked it
 * @param readers  the usernames named as allowed to see it
 */
public record RestrictedAccess(String markedBy, Set<String> readers) {

    public RestrictedAccess {
        readers = readers == null ? Set.of() : Set.copyOf(readers);
    }

    public boolean maySee(String username, boolean managerOfTeam) {
        return managerOfTeam || username.equals(markedBy) || readers.contains(username);
    }
}
