package org.doorstep.server.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock the server reads time from, so tests can replace it. */
public class ServerClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
