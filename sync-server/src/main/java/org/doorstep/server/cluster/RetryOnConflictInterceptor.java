package org.doorstep.server.cluster;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

/**
 * Wraps a {@link RetryOnConflict} method outside its transaction: the transaction interceptor sits at
 * {@code PLATFORM_BEFORE + 200}, this one before it, so each attempt is a whole transaction of its own,
 * begun and committed (or aborted) inside.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private final ConflictRetry conflicts;
    private final TransactionManager transactions;

    RetryOnConflictInterceptor(ConflictRetry conflicts, TransactionManager transactions) {
        this.conflicts = conflicts;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retried(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        try {
            return conflicts.call(() -> {
                try {
                    return call.proceed();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw (Exception) e.getCause();
        }
    }

    /** A checked exception carried through {@link ConflictRetry}, given back to the caller as it was. */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
