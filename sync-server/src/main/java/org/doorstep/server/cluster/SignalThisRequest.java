package org.doorstep.server.cluster;

import jakarta.enterprise.context.RequestScoped;

/**
 * The forget signal as this request read it first (issue 14): a note's request asks two memories (its
 * token, its form version) within milliseconds, and both now take one read of the signal. A request is
 * answered as of the moment it looked; no endpoint holds a request open for longer than that.
 */
@RequestScoped
class SignalThisRequest {

    private Long seen;

    Long seen() {
        return seen;
    }

    void seen(Long value) {
        seen = value;
    }
}
