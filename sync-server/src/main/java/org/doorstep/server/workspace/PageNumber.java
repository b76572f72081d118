package org.doorstep.server.workspace;

/**
 * Which page of a list to show, from the {@code page} in the address as typed. Anything that is not
 * a page of the list (a word, a negative number, a number past the end, one too large for an int)
 * shows the nearest real page instead of failing: the first, or the last.
 *
 * @param index  the page shown, from 0
 * @param offset where that page starts in the list
 * @param more   true when a later page exists
 */
public record PageNumber(int index, long offset, boolean more) {

    public static PageNumber of(String typed, long total, int pageSize) {
        long lastIndex = total <= 0 ? 0 : (total - 1) / pageSize;
        long wanted;
        try {
            wanted = typed == null || typed.isBlank() ? 0 : Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            wanted = 0;
        }
        int index = (int) Math.max(0, Math.min(wanted, lastIndex));
        return new PageNumber(index, (long) index * pageSize, index < lastIndex);
    }

    /** The offset as a query's first result; a list a page can show never passes an int. */
    public int first() {
        return (int) Math.min(offset, Integer.MAX_VALUE);
    }
}
