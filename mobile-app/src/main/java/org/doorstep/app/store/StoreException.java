package org.doorstep.app.store;

/** The device storage failed (disk full, damaged file); nothing was half-written. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
