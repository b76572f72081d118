package org.doorstep.model.sketch;

/** Checks on the free texts a sketch carries. */
final class Texts {

    private Texts() {
    }

    /** Refuses a text that holds half of a UTF-16 surrogate pair: it has no UTF-8 form, so it could not be signed as written. */
    static String wellFormed(String s, String what) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " holds a broken character (unpaired surrogate) at position " + i);
            }
        }
        return s;
    }
}
