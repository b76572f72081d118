package org.doorstep.server.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.model.record.RectificationDeadline;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.cluster.StartupJobs;
import org.doorstep.server.rectification.CorrectionRequest;
import org.doorstep.server.summaries.SummaryRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo team's case summaries and a request to correct the record (made up), dated from today so
 * the demo always shows them as they are meant to look: Amelia's summary written three weeks ago,
 * Noah's four months ago (overdue, R5.7-summary), and an open request from Amelia's mother
 * (R11-rectify). Runs after {@link DemoData}, also on a demo database seeded before these existed.
 */
@ApplicationScoped
public class DemoOversight {

    private static final Logger LOG = Logger.getLogger(DemoOversight.class);
    private static final String SUPERVISOR = "priya.shah";

    private final boolean enabled;
    private final Clock clock;
    private final ZoneId zone;
    private final StartupJobs jobs;

    DemoOversight(@ConfigProperty(name = "doorstep.demo-data") boolean enabled, Clock clock,
                  @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone, StartupJobs jobs) {
        this.jobs = jobs;
        this.enabled = enabled;
        this.clock = clock;
        this.zone = zone;
    }

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        if (enabled) {
            jobs.runAlone("demo-oversight", this::seed);
        }
    }

    private void seed() {
        if (ChildCase.findById("C-1001") == null || ChildCase.findById("C-1002") == null
                || SummaryRow.count("caseId in ?1", java.util.List.of("C-1001", "C-1002")) > 0
                || CorrectionRequest.count("caseId", "C-1001") > 0) {
            return;
        }
        Instant now = clock.instant();
        summary("C-1001", now.minus(Duration.ofDays(118)),
                "Amelia (8) lives with her mother Jade and brother Leo at 12 Elm Road and has been on a child protection plan "
                        + "(neglect) since 2 December 2025. School attendance has risen from 81% to 93% since breakfast club "
                        + "started. Ms Smith has missed two of six parenting group sessions. The home was warm with food in "
                        + "at both unannounced visits. Amelia says she likes breakfast club and misses her dad on weekdays. "
                        + "Next: keep the weekly attendance check; ask the group worker what gets in the way of Ms Smith going.");
        summary("C-1001", now.minus(Duration.ofDays(21)),
                "Amelia's attendance this term is 97% and she has had breakfast at school every day since January. "
                        + "Ms Smith has attended every parenting group session since the last summary and says it helps. "
                        + "Kyle Brown, Ms Smith's partner, moved in during February; he has been seen at one visit and a police "
                        + "check is requested. Amelia says Kyle is 'OK' and that she wants her dad to come to sports day. "
                        + "Strengths: a warm home and a mother who now asks for help. Worry: the new adult in the household "
                        + "until checks are back. Next: the review conference considers stepping down to child in need.");
        summary("C-1002", now.minus(Duration.ofDays(124)),
                "Noah (14) lives with his mother Karen and was diagnosed autistic in March 2025. He has left the flat only for "
                        + "the youth project twice a week. A CAMHS referral is waiting. Ms Williams is worn out and asks for "
                        + "respite. Next: chase CAMHS, agree an evening routine with Noah in writing, ask about short breaks.");
        LocalDate received = now.atZone(zone).toLocalDate().minusDays(10);
        CorrectionRequest r = new CorrectionRequest();
        r.caseId = "C-1001";
        r.receivedOn = received;
        r.requesterName = "Jade Smith";
        r.relationship = "Mother, with parental responsibility";
        r.whatIsWrong = "The chronology says the police came on 30 August 2025 after shouting. Ms Smith says the neighbour "
                + "complained about music, not shouting, and that Daniel had already decided to move out that week.";
        r.askedFor = "Change the line to say it was a complaint about loud music, and that Daniel moved out by agreement.";
        r.dueOn = RectificationDeadline.englandAndWales().dueOn(received);
        r.loggedBy = SUPERVISOR;
        r.loggedAt = now.minus(Duration.ofDays(9));
        r.persist();
        LOG.info("Demo case summaries and a request to correct the record seeded");
    }

    private static void summary(String caseId, Instant at, String text) {
        SummaryRow s = new SummaryRow();
        s.caseId = caseId;
        s.text = text;
        s.writtenBy = SUPERVISOR;
        s.writtenAt = at;
        s.persist();
        ChildCase c = ChildCase.findById(caseId);
        if (c.lastSummaryAt == null || at.isAfter(c.lastSummaryAt)) {
            c.lastSummaryAt = at;
        }
    }
}
