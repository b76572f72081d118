package org.doorstep.server.confidential;

import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.Statement;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;

/**
 * A team with a practitioner, two supervisors and a manager, and one synced visit whose statements
 * are a school's (third-party, statement 1) and a police officer's (statement 2): what the
 * confidentiality tests share.
 */
record ConfidentialCase(String team, String practitioner, String marker, String other, String manager, String caseId,
                        Tablet tablet, VisitNote visit) {

    static final String POLICE = "DC Patel said the father was arrested in March for an assault.";
    static final String SCHOOL = "Amelia was on time every day this month.";
    static final String CHILD_VIEWS = "Amelia said she likes her new school.";

    static ConfidentialCase in(TestWorld world) {
        String team = TestWorld.unique("Confidential Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String marker = world.staff(Staff.SUPERVISOR, team);
        String other = world.staff(Staff.SUPERVISOR, team);
        String manager = world.staff(Staff.MANAGER, team);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = Tablet.with(tablet.visit(caseId), n -> n.withArray("reportedByOthers")
                .add(Json.tree(Statement.reported(POLICE, Statement.Kind.FACT, "DC Patel (police)"))));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        return new ConfidentialCase(team, practitioner, marker, other, manager, caseId, tablet, visit);
    }

    static WebSession web(String username) {
        return WebSession.signIn(username, TestWorld.PASSWORD);
    }

    /** The police statement restricted by the first supervisor, seen by nobody else but the managers. */
    ConfidentialCase policeRestricted() {
        restrict("statement:" + visit.noteId() + ":1", "police");
        return this;
    }

    void restrict(String item, String reason) {
        String page = "/workspace/cases/" + caseId + "/restrictions";
        web(marker).post(page, page, Map.of("item", item, "reason", reason,
                "explanation", "Shared by the police on condition the family is not told.")).then().statusCode(303);
    }
}
