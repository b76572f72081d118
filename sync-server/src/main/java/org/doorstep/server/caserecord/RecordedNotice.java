package org.doorstep.server.caserecord;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Which success banner the case record shows after a contact or a chronology line was recorded from
 * the workspace (R5.3-contacts, R5.5-chronology): the form redirects to the record with a flag.
 */
@Named("recordedNotice")
@RequestScoped
public class RecordedNotice {

    private final CurrentVertxRequest request;

    RecordedNotice(CurrentVertxRequest request) {
        this.request = request;
    }

    public boolean contact() {
        return "recorded".equals(param("contact"));
    }

    public boolean line() {
        return "added".equals(param("line"));
    }

    private String param(String name) {
        return request.getCurrent() == null ? null : request.getCurrent().request().getParam(name);
    }
}
