package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Times and dates in the words the pages use, in the service's zone. */
@ApplicationScoped
public class Words {

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeSeconds;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    Words(@ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
        this.dateTimeSeconds = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(zone);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant t) {
        return t == null ? "(none)" : dateTime.format(t);
    }

    public String exact(Instant t) {
        return t == null ? "(none)" : dateTimeSeconds.format(t);
    }

    public String date(LocalDate d) {
        return d == null ? "(not known)" : date.format(d);
    }

    public String date(Instant t) {
        return t == null ? "(not known)" : date.format(t.atZone(zone));
    }

    public String shortDate(Instant t) {
        return t == null ? "(not known)" : shortDate.format(t.atZone(zone));
    }

    /** "3 days", "5 hours", "under an hour". */
    public static String waited(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toDays() >= 1) {
            return d.toDays() == 1 ? "1 day" : d.toDays() + " days";
        }
        if (d.toHours() >= 1) {
            return d.toHours() == 1 ? "1 hour" : d.toHours() + " hours";
        }
        return "under an hour";
    }

    public static String childSeen(Boolean seen, Boolean alone) {
        if (seen == null) {
            return "Not recorded";
        }
        if (seen) {
            return alone == null ? "Yes" : alone ? "Yes, alone" : "Yes, not alone";
        }
        return "No";
    }
}
