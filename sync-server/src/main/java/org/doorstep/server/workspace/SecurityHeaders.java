package org.doorstep.server.workspace;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser-side protections every response carries, set in one filter so that a page added
 * anywhere gets them without asking. A handler that needs something stricter (the sketch SVG
 * download) sets its own header first and keeps it.
 *
 * <p>What a page must not do under this policy: no inline {@code <script>} (or {@code on...=}
 * attributes, or {@code javascript:} links), no {@code <style>} element or {@code style="..."}
 * attribute, nothing loaded from another origin (fonts, images, scripts, styles), no frames. Put
 * script in {@code /js/*.js} and style in {@code /css/doorstep.css}; pass values to a script with
 * {@code data-} attributes.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** A year, as HSTS preload lists expect; sent only when the request arrived over TLS. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean behindTlsProxy;

    /**
     * {@code doorstep.http.behind-tls-proxy}: a reverse proxy in front does TLS and forwards plain HTTP,
     * so every request the browser made was over TLS whatever scheme reaches us, and HSTS is always sent.
     */
    SecurityHeaders(@ConfigProperty(name = "doorstep.http.behind-tls-proxy", defaultValue = "false") boolean behindTlsProxy) {
        this.behindTlsProxy = behindTlsProxy;
    }

    /** Whether a response tells the browser to use only HTTPS from now on. */
    static boolean sendsHsts(String scheme, boolean behindTlsProxy) {
        return behindTlsProxy || "https".equalsIgnoreCase(scheme);
    }

    void register(@Observes Filters filters) {
        filters.register(this::onResponse, 1000);
    }

    private void onResponse(RoutingContext ctx) {
        boolean tls = sendsHsts(ctx.request().scheme(), behindTlsProxy);
        boolean asset = isStaticAsset(ctx.request().path());
        ctx.addHeadersEndHandler(v -> {
            MultiMap h = ctx.response().headers();
            putIfAbsent(h, "Content-Security-Policy", CSP);
            putIfAbsent(h, "X-Frame-Options", "DENY");
            putIfAbsent(h, "X-Content-Type-Options", "nosniff");
            putIfAbsent(h, "Referrer-Policy", "no-referrer");
            if (tls) {
                putIfAbsent(h, "Strict-Transport-Security", HSTS);
            }
            if (!asset) {
                // A page, PDF or API answer may show a child's record: a shared PC must not keep it after sign-out.
                h.set("Cache-Control", "no-store");
                h.remove("Expires");
                h.remove("Last-Modified");
            }
        });
        ctx.next();
    }

    /** Files that are the same for everyone (style, script, fonts, icons) may be cached. */
    static boolean isStaticAsset(String path) {
        return path != null && (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/assets/")
                || path.startsWith("/webjars/"));
    }

    private static void putIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
