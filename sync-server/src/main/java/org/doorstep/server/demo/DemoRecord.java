package org.doorstep.server.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.contacts.CaseContact;
import org.doorstep.server.proposals.ProposalRow;

/** The demo children's basic record, history, chronology before the case opened, contacts and proposals (made up). */
final class DemoRecord {

    private static final Instant SEEDED = Instant.parse("2026-03-01T09:00:00Z");

    private DemoRecord() {
    }

    static void seed() {
        ids("C-1001", "1860913903", "NL-2025-0412", LocalDate.of(2025, 9, 15));
        identity("C-1001", "Amelia Smith", "Girl", LocalDate.of(2025, 9, 15), "amara.okafor");
        fact("C-1001", FactKind.PLACEMENT, "At home with her mother", LocalDate.of(2025, 9, 15));
        fact("C-1001", FactKind.LEGAL_STATUS, "Child in need (section 17)", LocalDate.of(2025, 9, 15));
        fact("C-1001", FactKind.LEGAL_STATUS, "Child protection plan (neglect)", LocalDate.of(2025, 12, 2));
        fact("C-1001", FactKind.CONTACT_ARRANGEMENTS,
                "Sees her father, Daniel Smith, at her paternal grandmother's home on Sunday afternoons (agreed at conference).",
                LocalDate.of(2025, 12, 2));
        fact("C-1001", FactKind.COMMUNICATION_NEEDS, "None known. English is the family's first language.", LocalDate.of(2025, 9, 15));
        fact("C-1001", FactKind.CLOSE_CONTACTS,
                "Pat Smith, paternal grandmother (weekly). Mrs Patel, class teacher, Northfield Primary.", LocalDate.of(2025, 9, 15));
        left("C-1001", "Daniel Smith, father", true, LocalDate.of(2025, 8, 30),
                "Moved to his mother's home after the police call-out; keeps parental responsibility.");
        line("C-1001", LocalDate.of(2017, 3, 14), "Amelia born at Northfield General Hospital.", "Birth notification, health visiting service");
        line("C-1001", LocalDate.of(2025, 8, 30), "Police attended 12 Elm Road after a neighbour reported shouting. Daniel Smith left the home that night.",
                "Police notification PPN-118734");
        line("C-1001", LocalDate.of(2025, 9, 10), "Northfield Primary referred Amelia: she arrived hungry on four days in two weeks.",
                "Referral from the school's designated safeguarding lead");
        line("C-1001", LocalDate.of(2025, 9, 15), "Case opened; allocated to Amara Okafor.", "Referral record NL-2025-0412");
        line("C-1001", LocalDate.of(2025, 12, 2), "Initial child protection conference: child protection plan under the category of neglect.",
                "Conference minutes, 2 December 2025");
        contact("C-1001", LocalDate.of(2026, 1, 14), "call", "Mrs Patel, class teacher, Northfield Primary",
                "Attendance this term is 97%. Amelia has had breakfast club every day since January.", null, null, null);
        proposal("C-1001", "0195a1b2-0000-7000-8000-000000000001", "household-joins", "Kyle Brown, mother's partner", false, null,
                "Amelia told me Kyle now stays every night; Ms Smith confirmed he moved in two weeks ago.",
                Instant.parse("2026-02-26T15:20:00Z"));

        ids("C-1002", "9960308243", "NL-2024-1187", LocalDate.of(2024, 11, 4));
        identity("C-1002", "Noah Williams", "Boy", LocalDate.of(2024, 11, 4), "amara.okafor");
        fact("C-1002", FactKind.PLACEMENT, "At home with his mother", LocalDate.of(2024, 11, 4));
        fact("C-1002", FactKind.LEGAL_STATUS, "Child in need (section 17)", LocalDate.of(2024, 11, 4));
        fact("C-1002", FactKind.CONTACT_ARRANGEMENTS, "No contact with his father (whereabouts not known).", LocalDate.of(2024, 11, 4));
        fact("C-1002", FactKind.COMMUNICATION_NEEDS, "Autistic. Prefers written questions and time to answer; avoid phone calls.",
                LocalDate.of(2025, 3, 12));
        fact("C-1002", FactKind.CLOSE_CONTACTS, "Mr Okoro, youth worker at the Station Street project (twice a week).", LocalDate.of(2025, 1, 10));
        line("C-1002", LocalDate.of(2024, 10, 28), "GP wrote to children's services: Noah had not left the flat for three weeks.",
                "Letter from Dr Hughes, Station Street Surgery");
        line("C-1002", LocalDate.of(2024, 11, 4), "Case opened as a child in need.", "Referral record NL-2024-1187");
        line("C-1002", LocalDate.of(2025, 3, 12), "Autism diagnosis confirmed.", "Letter from the community paediatrician");
        contact("C-1002", LocalDate.of(2026, 2, 18), "email", "CAMHS single point of access",
                "Asked when Noah's referral will be seen. Reply: first appointment offered on 9 March 2026.",
                "Keep the CAMHS appointment in the plan; the social worker goes with Noah and his mother.",
                "Amara Okafor, social worker, with Priya Shah, supervisor",
                "Noah has not attended new places alone; his mother asked for support.");

        ids("C-1003", "6281948211", "HB-2025-0093", LocalDate.of(2025, 4, 22));
        identity("C-1003", "Zara Ahmed", "Girl", LocalDate.of(2025, 4, 22), "amara.okafor");
        fact("C-1003", FactKind.PLACEMENT, "At home with both parents", LocalDate.of(2025, 4, 22));
        fact("C-1003", FactKind.LEGAL_STATUS, "Child protection plan (emotional abuse)", LocalDate.of(2025, 6, 5));
        fact("C-1003", FactKind.CONTACT_ARRANGEMENTS, "Lives with both parents; no separate arrangements.", LocalDate.of(2025, 4, 22));
        fact("C-1003", FactKind.COMMUNICATION_NEEDS,
                "Mr and Mrs Ahmed's first language is Urdu: use an Urdu interpreter, not a family member. Zara speaks English and Urdu.",
                LocalDate.of(2025, 4, 22));
        fact("C-1003", FactKind.CLOSE_CONTACTS, "Miss Green, key worker at Little Acorns nursery.", LocalDate.of(2025, 4, 22));
        line("C-1003", LocalDate.of(2025, 4, 18), "Police attended a domestic incident at 3 Orchard Close; Zara and Yusuf were present.",
                "Police notification PPN-104522");
        line("C-1003", LocalDate.of(2025, 4, 22), "Case opened.", "Referral record HB-2025-0093");
        line("C-1003", LocalDate.of(2025, 6, 5), "Initial child protection conference: plan under the category of emotional abuse.",
                "Conference minutes, 5 June 2025");
        proposal("C-1003", "0195a1b2-0000-7000-8000-000000000003", "communication-needs",
                "Mr and Mrs Ahmed's first language is Urdu: use an Urdu interpreter, not a family member. Zara speaks English and Urdu; "
                        + "nursery has started speech and language therapy for a stammer.",
                null, null, "Nursery key worker told me at today's visit; the referral letter is on the nursery file.",
                Instant.parse("2026-02-27T11:05:00Z"));

        ids("C-1004", "9935181901", "NL-2024-0551", LocalDate.of(2024, 5, 20));
        identity("C-1004", "Ethan Clarke", "Boy", LocalDate.of(2024, 5, 20), "tom.price");
        identity("C-1004", "Ethan Clarke", "Non-binary (uses they/them)", LocalDate.of(2026, 2, 10), "tom.price");
        fact("C-1004", FactKind.PLACEMENT, "At home with mother, 14 Brook Street, Northfield", LocalDate.of(2024, 5, 20));
        fact("C-1004", FactKind.PLACEMENT, "Foster placement with Linda Hart (Northfield Fostering)", LocalDate.of(2024, 6, 3));
        fact("C-1004", FactKind.LEGAL_STATUS, "Child in need (section 17)", LocalDate.of(2024, 5, 20));
        fact("C-1004", FactKind.LEGAL_STATUS, "Looked after child (section 20)", LocalDate.of(2024, 6, 3));
        fact("C-1004", FactKind.CONTACT_ARRANGEMENTS,
                "With their mother, Donna Clarke, every other Saturday 10:00 to 12:00, supervised at the family centre.",
                LocalDate.of(2024, 7, 1));
        fact("C-1004", FactKind.COMMUNICATION_NEEDS, "None known.", LocalDate.of(2024, 5, 20));
        fact("C-1004", FactKind.CLOSE_CONTACTS, "Jack Clarke, older brother (phone, weekly). Ms Reid, independent reviewing officer.",
                LocalDate.of(2024, 6, 3));
        left("C-1004", "Donna Clarke, birth mother", true, LocalDate.of(2024, 6, 3),
                "Ethan moved to foster care under section 20; Ms Clarke keeps parental responsibility.");
        line("C-1004", LocalDate.of(2024, 5, 20), "Case opened after Ethan was found sleeping in a park.", "Police notification PPN-098871");
        line("C-1004", LocalDate.of(2024, 6, 3), "Ethan placed with Linda Hart with his mother's agreement (section 20).",
                "Placement plan, 3 June 2024");
        contact("C-1004", LocalDate.of(2026, 2, 20), "meeting", "Ms Reid, independent reviewing officer, and Linda Hart, foster carer",
                "Looked after review. Ethan attended and spoke for themself.", "Contact with mother stays fortnightly and supervised.",
                "Ms Reid, independent reviewing officer", "Two contacts in January ended early when Ms Clarke arrived intoxicated.");
        proposal("C-1004", "0195a1b2-0000-7000-8000-000000000004", "declared-name", "Eden Clarke", null, null,
                "Ethan asked to be called Eden from now on, at school and at home; Linda Hart already uses the name.",
                Instant.parse("2026-02-28T16:40:00Z"));

        ids("C-1005", "9378657974", "HB-2025-0310", LocalDate.of(2025, 10, 6));
        identity("C-1005", "Lily Evans", "Girl", LocalDate.of(2025, 10, 6), "tom.price");
        fact("C-1005", FactKind.PLACEMENT, "At home with her mother", LocalDate.of(2025, 10, 6));
        fact("C-1005", FactKind.LEGAL_STATUS, "Child in need (section 17)", LocalDate.of(2025, 10, 6));
        fact("C-1005", FactKind.LEGAL_STATUS, "Child protection plan (physical abuse)", LocalDate.of(2025, 11, 3));
        fact("C-1005", FactKind.CONTACT_ARRANGEMENTS, "Sees her father, Paul Evans, at his flat on Wednesday evenings.", LocalDate.of(2025, 10, 6));
        fact("C-1005", FactKind.COMMUNICATION_NEEDS, "Wears hearing aids; face her when speaking and check she has them in.",
                LocalDate.of(2025, 10, 6));
        fact("C-1005", FactKind.CLOSE_CONTACTS, "Paul Evans, father (weekly). Gran, Susan Evans (most weekends).", LocalDate.of(2025, 10, 6));
        line("C-1005", LocalDate.of(2025, 10, 2), "School nurse saw bruising to Lily's upper arm; Lily said Mark grabbed her.",
                "Referral from Hillbrook Primary school nurse");
        line("C-1005", LocalDate.of(2025, 10, 6), "Case opened; strategy discussion held with police.", "Strategy discussion record");
        contact("C-1005", LocalDate.of(2026, 2, 24), "call", "Rachel Evans, mother",
                "Ms Evans said Mark Doyle moved out on 22 February and is staying with his brother.",
                "Ask Mark Doyle for his new address and confirm it with the police.", "Tom Price, social worker",
                "The plan says Mark is not left alone with Lily; we need to know where he lives to check this.");
        HouseholdMember mark = HouseholdMember.find("caseId = ?1 and description like ?2", "C-1005", "Mark Doyle%").firstResult();
        proposal("C-1005", "0195a1b2-0000-7000-8000-000000000005", "household-leaves", "Staying with his brother in Hillbrook", null,
                mark.id, "Ms Evans told me on the phone; at today's visit Mark's things were gone and Lily said he has left.",
                Instant.parse("2026-02-28T10:15:00Z"));
    }

    /** The council's own reference; the NHS number and the opening date came with the referral (DemoData). */
    private static void ids(String caseId, String nhs, String localId, LocalDate opened) {
        ChildCase c = ChildCase.findById(caseId);
        if (!nhs.equals(c.nhsNumber) || !opened.equals(c.openedOn)) {
            throw new IllegalStateException("Demo case " + caseId + " was opened with other identifiers");
        }
        c.localId = localId;
    }

    private static void identity(String caseId, String name, String gender, LocalDate from, String by) {
        DeclaredIdentity.record(caseId, name, gender, from, by, SEEDED, null);
    }

    private static void fact(String caseId, FactKind kind, String value, LocalDate from) {
        ChildCase c = ChildCase.findById(caseId);
        CaseFact.record(caseId, kind, value, from, c.allocatedTo, SEEDED, null);
        if (kind == FactKind.LEGAL_STATUS) {
            c.legalStatus = value;
        }
    }

    private static void left(String caseId, String description, boolean pr, LocalDate leftOn, String reason) {
        HouseholdMember h = new HouseholdMember();
        h.caseId = caseId;
        h.position = 90;
        h.description = description;
        h.parentalResponsibility = pr;
        h.leftOn = leftOn;
        h.leftReason = reason;
        h.persist();
    }

    private static void line(String caseId, LocalDate date, String fact, String source) {
        ChronologyEntry e = ChronologyEntry.of(caseId, new ChronologyLine(date, fact, source), null);
        e.recordedBy = ChildCase.<ChildCase>findById(caseId).allocatedTo;
        e.recordedAt = SEEDED;
        e.persist();
    }

    private static void contact(String caseId, LocalDate date, String method, String withWhom, String what, String decisions,
                                String decidedBy, String reasons) {
        CaseContact k = new CaseContact();
        k.caseId = caseId;
        k.date = date;
        k.method = method;
        k.withWhom = withWhom;
        k.what = what;
        k.decisions = decisions;
        k.decidedBy = decidedBy;
        k.reasons = reasons;
        k.recordedBy = ChildCase.<ChildCase>findById(caseId).allocatedTo;
        k.recordedAt = SEEDED;
        k.persist();
        ChronologyEntry e = ChronologyEntry.of(caseId, new ChronologyLine(date,
                CaseContact.methodName(method) + " with " + withWhom + ": " + what
                        + (decisions == null ? "" : " Decided by " + decidedBy + ": " + decisions),
                CaseContact.methodName(method) + " recorded by the social worker"), null);
        e.recordedBy = k.recordedBy;
        e.recordedAt = SEEDED;
        e.contactId = k.id;
        e.persist();
    }

    private static void proposal(String caseId, String id, String kind, String value, Boolean pr, Long memberId, String reason,
                                 Instant at) {
        ProposalRow r = new ProposalRow();
        r.proposalId = id;
        r.caseId = caseId;
        r.kind = kind;
        r.value = value;
        r.parentalResponsibility = pr;
        r.householdMemberId = memberId;
        r.reason = reason;
        r.proposedBy = ChildCase.<ChildCase>findById(caseId).allocatedTo;
        r.proposedAt = at;
        r.status = ProposalRow.PENDING;
        r.persist();
    }
}
