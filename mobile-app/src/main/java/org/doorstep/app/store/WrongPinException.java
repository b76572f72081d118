package org.doorstep.app.store;

/** The PIN or passphrase did not open the store; the message says how many tries are left, or that the data went. */
public final class WrongPinException extends Exception {

    private final boolean wiped;

    public WrongPinException() {
        this("That PIN is not right. Try again.", false);
    }

    public WrongPinException(String message, boolean wiped) {
        super(message);
        this.wiped = wiped;
    }

    /** True when this was the last try and the tablet's data was deleted. */
    public boolean wiped() {
        return wiped;
    }
}
