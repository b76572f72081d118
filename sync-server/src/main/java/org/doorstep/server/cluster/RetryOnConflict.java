package org.doorstep.server.cluster;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Transactional} service method that two instances may run on the same rows at once
 * (issue 16): the whole transaction runs again through {@link ConflictRetry} when the database aborts
 * it for a deadlock or a Galera certification failure. Only where the method opens the transaction;
 * inside a caller's transaction it runs once, and the caller's own retry (if any) covers it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnConflict {
}
