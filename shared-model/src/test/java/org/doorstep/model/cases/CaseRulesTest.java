package org.doorstep.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R1-contemporaneous R5.1-basic: a referral opens a case with a legal name, a date of birth not in the future, "
            + "an address, a valid NHS number if any, and when and from whom the referral came")
    void opening() {
        assertEquals(List.of(), CaseRules.opening("Amelia Smith", LocalDate.of(2017, 3, 14), "12 Elm Road", "",
                TODAY, "School", TODAY));
        assertEquals(List.of(), CaseRules.opening("Amelia Smith", LocalDate.of(2017, 3, 14), "12 Elm Road", "943 476 5919",
                TODAY, "School", TODAY));
        List<Violation> v = CaseRules.opening(" ", TODAY.plusDays(1), "", "943 476 5918", TODAY.plusDays(1), null, TODAY);
        assertEquals(List.of("legalName", "dateOfBirth", "address", "nhsNumber", "referralDate", "referralSource"), fields(v));
        assertEquals("The date of birth cannot be in the future", v.get(1).message());
        assertEquals("R1-contemporaneous", v.get(4).requirement());
        assertEquals(List.of("dateOfBirth"), fields(CaseRules.opening("A", null, "B", null, TODAY, "C", TODAY)));
        assertEquals(List.of("dateOfBirth"), fields(CaseRules.opening("A", LocalDate.of(1990, 1, 1), "B", null, TODAY, "C", TODAY)),
                "a child's case: a year typed wrong is caught");
        assertEquals(List.of("legalName"), fields(CaseRules.opening("x".repeat(201), TODAY, "B", null, TODAY, "C", TODAY)));
    }

    @Test
    @DisplayName("R14-transfer: a transfer needs every audit check ticked and the findings; the checks go into the decision in words")
    void transferAudit() {
        List<String> all = Arrays.stream(TransferCheck.values()).map(TransferCheck::wire).toList();
        assertEquals(List.of(), CaseRules.transferAudit(all, "Complete."));
        List<Violation> v = CaseRules.transferAudit(List.of("visits-recorded"), " ");
        assertEquals(List.of("checks", "findings"), fields(v));
        assertTrue(v.get(0).message().contains("4 not ticked"), v.get(0).message());
        assertTrue(CaseRules.checked(all).startsWith("- Every visit so far is recorded"));
        assertEquals(List.of("note"), fields(CaseRules.receipt("")));
    }

    @Test
    @DisplayName("R1-contemporaneous: closing needs a summary and reopening a reason, within the decision's limit")
    void closeAndReopen() {
        assertEquals(List.of("summary"), fields(CaseRules.closing(null)));
        assertEquals("Closing summary must be 4000 characters or fewer", CaseRules.closing("x".repeat(4001)).get(0).message());
        assertEquals(List.of(), CaseRules.closing("Aims met."));
        assertEquals(List.of("reason"), fields(CaseRules.reopening(" ")));
        assertEquals(List.of("reason"), fields(CaseRules.allocation("")));
    }

    @Test
    @DisplayName("R5.1-basic: a correction of the legal identity needs the new value and the evidence seen; a date of birth not in the future")
    void identityCorrection() {
        assertEquals(List.of(), CaseRules.identityCorrection(IdentityFact.LEGAL_NAME, "Amelia Rose Smith", null, "Birth certificate", TODAY));
        assertEquals(List.of("value", "evidence"), fields(CaseRules.identityCorrection(IdentityFact.ADDRESS, "", null, "", TODAY)));
        List<Violation> v = CaseRules.identityCorrection(IdentityFact.DATE_OF_BIRTH, null, TODAY.plusDays(1), "Certificate", TODAY);
        assertEquals(List.of("value"), fields(v));
        assertEquals("The date of birth cannot be in the future", v.get(0).message());
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("R14-transfer: only a manager of the case's team moves an open case with no transfer waiting; only a closed one reopens")
    void whoMovesAndWhen() {
        org.junit.jupiter.api.Assertions.assertNull(CaseRules.whyNotMove(true, "North", null, null));
        org.junit.jupiter.api.Assertions.assertEquals("Only a manager of North moves this case",
                CaseRules.whyNotMove(false, "North", null, null));
        org.junit.jupiter.api.Assertions.assertEquals("The case was closed on 3 December 2026: reopen it first",
                CaseRules.whyNotMove(true, "North", java.time.LocalDate.of(2026, 12, 3), "South"));
        org.junit.jupiter.api.Assertions.assertEquals("The case is waiting for a manager of South to confirm its transfer",
                CaseRules.whyNotMove(true, "North", null, "South"));
        org.junit.jupiter.api.Assertions.assertEquals("The case is open", CaseRules.whyNotReopen(true, "North", false));
        org.junit.jupiter.api.Assertions.assertNull(CaseRules.whyNotReopen(true, "North", true));
        org.junit.jupiter.api.Assertions.assertEquals("Only a manager of North reopens this case", CaseRules.whyNotReopen(false, "North", true));
    }
}
