package org.doorstep.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.server.ShortSessionsAndDemoData;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo as `./doorstep demo` seeds it: its cases opened at referral and allocated through the case service
 * (on the test server that seeds the demo data, {@link ShortSessionsAndDemoData}).
 */
@QuarkusTest
@TestProfile(ShortSessionsAndDemoData.class)
@QuarkusTestResource(TestDatabase.class)
class DemoDataTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R1-contemporaneous R14-transfer: each demo case is opened at referral (its first chain entry) and allocated "
            + "by the manager as decisions, with the demo's children, dates and practitioners as before")
    void demoCasesAreOpenedAndAllocated() {
        for (String caseId : new String[] {"C-1001", "C-1002", "C-1003", "C-1004", "C-1005"}) {
            assertEquals(1, world.decisions(caseId, CaseEvent.OPENED), caseId);
            assertEquals(1, world.decisions(caseId, CaseEvent.ALLOCATED), caseId);
            assertEquals(DemoData.TEAM, world.caseRow(caseId)[4], caseId);
        }
        Object[] amelia = world.caseRow("C-1001");
        assertEquals("Amelia Smith", amelia[0]);
        assertEquals(LocalDate.of(2017, 3, 14), amelia[1]);
        assertEquals("amara.okafor", amelia[3]);
        assertEquals("tom.price", world.caseRow("C-1005")[3]);
    }
}
