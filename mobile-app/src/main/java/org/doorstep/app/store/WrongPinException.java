package org.doorstep.app.store;

/** The PIN did not open the store. */
public final class WrongPinException extends Exception {
    public WrongPinException() {
        super("That PIN is not right. Try again.");
    }
}
