package org.doorstep.model.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doorstep.model.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseloadTest {

    @Test
    @DisplayName("R2-form-approval: the caseload says which form versions the server accepts; a cache from before the list still reads and warns of nothing")
    void approvedFormVersions() {
        Caseload now = new Caseload("amara.okafor", List.of(), List.of("visit-1", "visit-2"));
        assertTrue(now.approves("visit-2"));
        assertFalse(now.approves("visit-3"));
        assertEquals(now, Json.read(Json.write(now), Caseload.class));

        Caseload old = Json.read("{\"username\":\"amara.okafor\",\"cases\":[]}", Caseload.class);
        assertNull(old.approvedFormVersions());
        assertTrue(old.approves("visit-3"), "no list, no warning: the server decides at sync");
    }
}
