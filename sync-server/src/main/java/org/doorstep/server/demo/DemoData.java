package org.doorstep.server.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.cases.CaseOpenings;
import org.doorstep.server.cases.CaseOutcome;
import org.doorstep.server.cluster.StartupJobs;
import org.doorstep.server.forms.FormVersions;
import org.doorstep.server.people.People;
import org.doorstep.server.people.Staff;
import org.doorstep.server.people.Team;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A small made-up team to try the system with; seeded at startup only when
 * {@code doorstep.demo-data=true} (the dev and demo profiles), and only once.
 */
@ApplicationScoped
public class DemoData {

    public static final String TEAM = "North Locality Team";
    public static final String PASSWORD = "doorstep-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean enabled;
    private final FormVersions forms;
    private final People people;
    private final CaseOpenings openings;
    private final StartupJobs jobs;

    DemoData(@ConfigProperty(name = "doorstep.demo-data") boolean enabled, FormVersions forms, People people,
             CaseOpenings openings, StartupJobs jobs) {
        this.jobs = jobs;
        this.enabled = enabled;
        this.forms = forms;
        this.people = people;
        this.openings = openings;
    }

    void seed(@Observes StartupEvent start) {
        if (enabled) {
            jobs.runAlone("demo-data", this::seed);
        }
    }

    private void seed() {
        // Added after the first demo release: also seeded into a demo database made before them.
        approvalDemo();
        if (Staff.findById("amara.okafor") != null) {
            LOG.info("Demo data already present");
            dutyDemo();
            return;
        }
        person("amara.okafor", "Amara Okafor", Staff.PRACTITIONER, TEAM);
        person("tom.price", "Tom Price", Staff.PRACTITIONER, TEAM);
        person("priya.shah", "Priya Shah", Staff.SUPERVISOR, TEAM);

        child("C-1001", LocalDate.of(2025, 9, 15), "1860913903",
                "Northfield Primary's designated safeguarding lead", "Amelia Smith", LocalDate.of(2017, 3, 14), "12 Elm Road, Northfield, NF2 4AB",
                "Child protection plan (neglect)", "amara.okafor",
                List.of("Jade Smith, mother, parental responsibility", "Amelia Smith, child",
                        "Leo Smith, brother (age 3)"),
                List.of("Amelia attends school every day, with attendance above 95% by the next review.",
                        "Ms Smith attends the weekly parenting group.",
                        "The home is kept warm, with food in the cupboards, checked at every visit."));
        child("C-1002", LocalDate.of(2024, 11, 4), "9960308243",
                "Dr Hughes, Station Street Surgery", "Noah Williams", LocalDate.of(2012, 9, 2), "Flat 4, 88 Station Street, Northfield, NF1 7QP",
                "Child in need", "amara.okafor",
                List.of("Karen Williams, mother, parental responsibility", "Noah Williams, child"),
                List.of("Noah is referred to CAMHS and attends his first appointment.",
                        "Ms Williams and Noah agree a plan for evenings and screen time."));
        child("C-1003", LocalDate.of(2025, 4, 22), "6281948211",
                "Police notification PPN-104522", "Zara Ahmed", LocalDate.of(2019, 6, 21), "3 Orchard Close, Hillbrook, NF5 2DW",
                "Child protection plan (emotional abuse)", "amara.okafor",
                List.of("Samira Ahmed, mother, parental responsibility", "Imran Ahmed, father, parental responsibility",
                        "Zara Ahmed, child", "Yusuf Ahmed, brother (age 9)"),
                List.of("Zara is seen alone at every statutory visit, with an interpreter for her parents (Urdu).",
                        "Mr and Mrs Ahmed complete the domestic abuse programme.",
                        "Zara's nursery shares attendance weekly with the social worker."));
        child("C-1004", LocalDate.of(2024, 5, 20), "9935181901",
                "Police notification PPN-098871", "Ethan Clarke", LocalDate.of(2010, 1, 30), "27 Mill Lane, Northfield, NF3 9HS",
                "Looked after child (section 20)", "tom.price",
                List.of("Linda Hart, foster carer", "Ethan Clarke, child"),
                List.of("Ethan has contact with his mother every other Saturday, supervised.",
                        "Ethan's personal education plan is reviewed this term."));
        child("C-1005", LocalDate.of(2025, 10, 6), "9378657974",
                "School nurse, Hillbrook Academy", "Lily Evans", LocalDate.of(2015, 11, 8), "9 Canal View, Hillbrook, NF6 1LT",
                "Child protection plan (physical abuse)", "tom.price",
                List.of("Rachel Evans, mother, parental responsibility", "Lily Evans, child",
                        "Mark Doyle, mother's partner"),
                List.of("Mark Doyle is not left alone with Lily until the risk assessment is complete.",
                        "Lily is seen alone at every visit and her views recorded in her own words.",
                        "Ms Evans tells the social worker of any change in who lives in the home."));
        DemoRecord.seed();
        dutyDemo();
        LOG.info("Demo data seeded: amara.okafor, tom.price (practitioners), priya.shah (supervisor), "
                + "daniel.reed (manager), sam.admin (administrator)");
    }

    /**
     * A manager, and a visit form version waiting for their approval (R2-form-approval). The demo
     * tablet keeps capturing with visit-2, which stays approved, so nothing in the demo needs visit-3.
     */
    private void approvalDemo() {
        if (Team.named(TEAM) == null) {
            people.createTeam(null, TEAM);
        }
        Staff daniel = Staff.findById("daniel.reed");
        if (daniel == null) {
            daniel = person("daniel.reed", "Daniel Reed", Staff.MANAGER, TEAM);
        }
        // An administrator, who looks after form versions, tablets and people across teams and sees no case.
        if (Staff.findById("sam.admin") == null) {
            person("sam.admin", "Sam Adeyemi", Staff.ADMIN, null);
        }
        if (forms.find("visit-3").isEmpty()) {
            FormVersions.Outcome registered = forms.register(daniel, "visit-3", "Visit form 3",
                    "Asks whether the child is in school or nursery and how often they attended since the last "
                            + "visit, and lets the practitioner record the child's own words as a quote.");
            if (!registered.done()) {
                LOG.warnf("Demo form version visit-3 not registered: %s", registered.errors());
            }
        }
    }

    /** Seeded the way an admin adds people (R13-accounts), with the demo's known password kept. */
    private Staff person(String username, String name, String role, String team) {
        People.Outcome added = people.create(null, new People.NewPerson(username, name, role, team, PASSWORD));
        if (!added.done()) {
            throw new IllegalStateException("Demo person " + username + " not added: " + added.errors());
        }
        return added.person();
    }

    /**
     * A child's case opened at referral and allocated by the team's manager through the same service
     * as the workspace's forms (so each has its first chain entry and its decisions); then the
     * household and plan as the demo has them.
     */
    private void child(String caseId, LocalDate referred, String nhs, String source, String name, LocalDate born,
                       String address, String legalStatus, String practitioner, List<String> household, List<String> plan) {
        Staff manager = Staff.findById("daniel.reed");
        CaseOutcome opened = openings.open(new CaseOpenings.Opening(caseId, TEAM, name, born.toString(), address, nhs,
                referred.toString(), source), manager);
        if (!opened.done()) {
            throw new IllegalStateException("Demo case " + caseId + " not opened: " + opened.errors());
        }
        ChildCase c = opened.childCase();
        c.legalStatus = legalStatus;
        CaseOutcome allocated = openings.allocate(c, manager, practitioner,
                "Allocated at referral: " + Staff.<Staff>findById(practitioner).displayName + " has room on their caseload.");
        if (!allocated.done()) {
            throw new IllegalStateException("Demo case " + caseId + " not allocated: " + allocated.errors());
        }
        for (int i = 0; i < household.size(); i++) {
            HouseholdMember h = new HouseholdMember();
            h.caseId = caseId;
            h.position = i + 1;
            String line = household.get(i);
            h.parentalResponsibility = line.contains(", parental responsibility");
            h.description = line.replace(", parental responsibility", "");
            h.persist();
        }
        for (int i = 0; i < plan.size(); i++) {
            PlanItem p = new PlanItem();
            p.id = caseId + "-R" + (i + 1);
            p.caseId = caseId;
            p.position = i + 1;
            p.text = plan.get(i);
            p.persist();
        }
    }

    /**
     * R14-cover and R5.2-analysis: a case newly referred to the team, allocated to no one and with no
     * plan yet, on both practitioners' duty lists; and tasks on Amelia's first recommendation.
     * Added after the first demo release: also seeded into a demo database made before it.
     */
    private void dutyDemo() {
        if (ChildCase.findById("C-1006") != null) {
            return;
        }
        Staff manager = Staff.findById("daniel.reed");
        CaseOutcome opened = openings.open(new CaseOpenings.Opening("C-1006", TEAM, "Leo Grant", "2018-04-09",
                "7 Station Road, Northfield, NF1 3RT", null, "2026-11-30", "Northfield Primary's designated safeguarding lead"),
                manager);
        if (!opened.done()) {
            throw new IllegalStateException("Demo case C-1006 not opened: " + opened.errors());
        }
        opened.childCase().legalStatus = "Referral (assessment under way)";
        String[][] tasks = {{"Walk Amelia to school each morning", "Jade Smith, mother", "2026-12-18"},
                {"Send weekly attendance to the social worker", "Mr Jones, head teacher", "2027-01-08"}};
        if (PlanItem.findById("C-1001-R1") != null) {
            for (int i = 0; i < tasks.length; i++) {
                org.doorstep.server.plans.PlanTaskRow t = new org.doorstep.server.plans.PlanTaskRow();
                t.recommendationId = "C-1001-R1";
                t.position = i + 1;
                t.what = tasks[i][0];
                t.owner = tasks[i][1];
                t.dueBy = LocalDate.parse(tasks[i][2]);
                t.persist();
            }
        }
    }
}
