package org.doorstep.server.bench;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.Locale;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.cluster.StartupJobs;
import org.doorstep.server.people.PasswordHashes;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A made-up team big enough to load the server with (the {@code bench} profile only): N
 * practitioners with M cases each and one supervisor, all with the password {@link #PASSWORD}.
 * Off unless {@code doorstep.bench-seed.practitioners} is above 0, which only the bench profile
 * sets; seeded once. Visits are not seeded: the load generators post signed notes through the API.
 */
@ApplicationScoped
public class BenchSeed {

    public static final String TEAM = "Bench Locality Team";
    public static final String PASSWORD = "doorstep-bench";
    public static final String SUPERVISOR = "bench.supervisor";
    private static final Logger LOG = Logger.getLogger(BenchSeed.class);

    private final int practitioners;
    private final int cases;
    private final StartupJobs jobs;

    BenchSeed(@ConfigProperty(name = "doorstep.bench-seed.practitioners", defaultValue = "0") int practitioners,
              @ConfigProperty(name = "doorstep.bench-seed.cases", defaultValue = "25") int cases, StartupJobs jobs) {
        this.jobs = jobs;
        this.practitioners = practitioners;
        this.cases = cases;
    }

    /** bench.p01, bench.p02, ... */
    public static String practitioner(int i) {
        return String.format(Locale.ROOT, "bench.p%02d", i);
    }

    void seed(@Observes StartupEvent start) {
        if (practitioners > 0) {
            jobs.runAlone("bench-seed", this::seed);
        }
    }

    private void seed() {
        if (Staff.findById(SUPERVISOR) != null) {
            LOG.info("Bench data already present");
            return;
        }
        String hash = PasswordHashes.hash(PASSWORD);
        staff(SUPERVISOR, "Bench Supervisor", Staff.SUPERVISOR, hash);
        for (int p = 1; p <= practitioners; p++) {
            String username = practitioner(p);
            staff(username, String.format(Locale.ROOT, "Bench Practitioner %02d", p), Staff.PRACTITIONER, hash);
            for (int c = 1; c <= cases; c++) {
                String caseId = String.format(Locale.ROOT, "B%02d-%03d", p, c);
                ChildCase child = new ChildCase();
                child.caseId = caseId;
                child.childName = String.format(Locale.ROOT, "Bench Child %02d-%03d", p, c);
                child.dateOfBirth = LocalDate.of(2012 + c % 10, 1 + c % 12, 1 + c % 28);
                child.address = c + " Bench Street, Northfield";
                child.legalStatus = "Child in need";
                child.allocatedTo = username;
                child.team = TEAM;
                child.persist();
                PlanItem item = new PlanItem();
                item.id = caseId + "-R1";
                item.caseId = caseId;
                item.position = 1;
                item.text = "The child attends school every day.";
                item.persist();
            }
        }
        LOG.infof("Bench data seeded: %d practitioners with %d cases each in %s, supervisor %s", practitioners, cases,
                TEAM, SUPERVISOR);
    }

    private static void staff(String username, String name, String role, String hash) {
        Staff s = new Staff();
        s.username = username;
        s.displayName = name;
        s.role = role;
        s.team = TEAM;
        s.passwordHash = hash;
        s.persist();
    }
}
