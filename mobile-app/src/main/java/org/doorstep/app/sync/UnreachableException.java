package org.doorstep.app.sync;

/** The server could not be reached (no signal, wrong address, server down). Nothing was changed. */
public class UnreachableException extends RuntimeException {
    public UnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
