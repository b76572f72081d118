package org.doorstep.model.signing;

import java.util.Base64;

/** Reading base64 text that arrives from outside, with a message a person can act on. */
final class Signatures {

    private Signatures() {
    }

    static byte[] decode(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        String t = text.trim();
        try {
            if (t.indexOf('+') >= 0 || t.indexOf('/') >= 0) {
                return Base64.getDecoder().decode(t);
            }
            return Base64.getUrlDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " is not valid base64", e);
        }
    }
}
