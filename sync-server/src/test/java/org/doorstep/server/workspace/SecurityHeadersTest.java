package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    @DisplayName("R13-auth: behind a proxy that does TLS (doorstep.http.behind-tls-proxy) HSTS is sent although plain HTTP reaches the server")
    void hstsBehindTlsProxy() {
        assertTrue(SecurityHeaders.sendsHsts("http", true));
        assertTrue(SecurityHeaders.sendsHsts("https", false));
        assertFalse(SecurityHeaders.sendsHsts("http", false), "a plain-HTTP demo never pins browsers to HTTPS");
    }
}
