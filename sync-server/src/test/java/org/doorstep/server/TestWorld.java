package org.doorstep.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.doorstep.model.record.FactKind;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.people.Staff;

/** What tests seed and inspect in the database; every name is unique so leftovers never clash. */
@ApplicationScoped
public class TestWorld {

    public static final String PASSWORD = "correct horse battery";
    public static final String TEAM = "Test Locality Team";

    private final EntityManager em;
    private final org.doorstep.server.token.KnownTokens knownTokens;

    TestWorld(EntityManager em, org.doorstep.server.token.KnownTokens knownTokens) {
        this.em = em;
        this.knownTokens = knownTokens;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public String staff(String role) {
        return staff(role, TEAM);
    }

    @Transactional
    public String staff(String role, String team) {
        String username = unique(role);
        Staff.create(username, "Test " + role + " " + username.substring(username.length() - 4), role, team, PASSWORD);
        return username;
    }

    /** Someone with a real-looking name, for pages that are screenshotted; the username is still unique. */
    @Transactional
    public String person(String role, String team, String displayName) {
        String username = unique(displayName.toLowerCase().replace(' ', '.'));
        Staff.create(username, displayName, role, team, PASSWORD);
        return username;
    }

    @Transactional
    public long accessLogged(String caseId, String username) {
        return ((Number) em.createNativeQuery("select count(*) from case_access_log where case_id = ?1 and username = ?2")
                .setParameter(1, caseId).setParameter(2, username).getSingleResult()).longValue();
    }

    @Transactional
    public String childCase(String allocatedTo) {
        return childCase(allocatedTo, "Test Child");
    }

    @Transactional
    public String childCase(String allocatedTo, String childName) {
        ChildCase c = new ChildCase();
        c.caseId = unique("C");
        c.childName = childName;
        c.dateOfBirth = LocalDate.of(2016, 5, 1);
        c.address = "1 Test Street";
        c.legalStatus = "Child in need";
        c.allocatedTo = allocatedTo;
        Staff allocated = Staff.named(allocatedTo);
        c.team = allocated == null ? null : allocated.team;
        c.persist();
        PlanItem p = new PlanItem();
        p.id = recommendation(c.caseId);
        p.caseId = c.caseId;
        p.position = 1;
        p.text = "The child attends school every day";
        p.persist();
        return c.caseId;
    }

    /** A case of {@code team} allocated to no one, with the usual one-recommendation plan (R14-cover: duty visits). */
    @Transactional
    public String unallocatedCase(String team, String childName) {
        String caseId = childCase(null, childName);
        ChildCase c = ChildCase.findById(caseId);
        c.team = team;
        return caseId;
    }

    /** Takes the case's plan away, as a case newly opened has none yet (R5.2-analysis). */
    @Transactional
    public void noPlan(String caseId) {
        em.createNativeQuery("delete from plan_recommendations where case_id = ?1").setParameter(1, caseId).executeUpdate();
    }

    /** On which basis a stored note was recorded (R14-cover): the case_entries.recorded_as column. */
    @Transactional
    public String recordedAs(String noteId) {
        return (String) em.createNativeQuery("select recorded_as from case_entries where note_id = ?1")
                .setParameter(1, noteId).getSingleResult();
    }

    /** Moves the end of a case's ended cover back in time, as if it had ended hours ago (R14-cover). */
    @Transactional
    public void coverEndedAt(String caseId, java.time.Instant endedAt) {
        em.createNativeQuery("update cover_grants set ended_at = ?1 where case_id = ?2 and ended_at is not null")
                .setParameter(1, endedAt).setParameter(2, caseId).executeUpdate();
    }

    /** The id of the newest row of the case in {@code table}: the fact, line or request a test just added. */
    @Transactional
    public long lastId(String table, String caseId) {
        return ((Number) em.createNativeQuery("select max(id) from " + table + " where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    /** Counts rows of a table about a case, for "stored nothing" checks. */
    @Transactional
    public long rows(String table, String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    /**
     * A basic record with history (R5.1-basic, R5.4-current-historical): identifiers, a past and a
     * current placement, communication needs, a current mother with parental responsibility and a
     * father who left on 3 March 2026. Returns the ids of the household members (mother, father).
     */
    @Transactional
    public long[] basicRecord(String caseId) {
        ChildCase c = ChildCase.findById(caseId);
        c.nhsNumber = "9434765919";
        c.localId = "LOCAL-" + caseId;
        c.openedOn = LocalDate.of(2025, 9, 15);
        java.time.Instant at = java.time.Instant.parse("2026-01-01T10:00:00Z");
        CaseFact.record(caseId, FactKind.PLACEMENT, "With grandmother, 4 Hill Road", LocalDate.of(2025, 9, 15), c.allocatedTo, at, null);
        CaseFact.record(caseId, FactKind.PLACEMENT, "At home with mother", LocalDate.of(2026, 1, 20), c.allocatedTo, at, null);
        CaseFact.record(caseId, FactKind.COMMUNICATION_NEEDS, "None known", LocalDate.of(2025, 9, 15), c.allocatedTo, at, null);
        HouseholdMember mother = member(caseId, 1, "Jade Test, mother", true, null);
        HouseholdMember father = member(caseId, 2, "Dan Test, father", true, LocalDate.of(2026, 3, 3));
        return new long[] {mother.id, father.id};
    }

    @Transactional
    public long householdMember(String caseId, String description, boolean parentalResponsibility) {
        return member(caseId, 5, description, parentalResponsibility, null).id;
    }

    private static HouseholdMember member(String caseId, int position, String description, boolean pr, LocalDate left) {
        HouseholdMember h = new HouseholdMember();
        h.caseId = caseId;
        h.position = position;
        h.description = description;
        h.parentalResponsibility = pr;
        h.leftOn = left;
        h.leftReason = left == null ? null : "Moved out after the parents separated";
        h.persist();
        return h;
    }

    /** A 3-monthly case summary as a supervisor wrote it (R5.7-summary). */
    @Transactional
    public void caseSummary(String caseId, String text, java.time.Instant at) {
        org.doorstep.server.summaries.SummaryRow r = new org.doorstep.server.summaries.SummaryRow();
        r.caseId = caseId;
        r.text = text;
        r.writtenBy = ChildCase.<ChildCase>findById(caseId).allocatedTo;
        r.writtenAt = at;
        r.persist();
    }

    /**
     * A long-running case's lists, written straight to the tables: {@code n} decisions, summaries and
     * requests to correct the record (all answered but the oldest), a day apart, newest on {@code newest}.
     */
    @Transactional
    public void longHistory(String caseId, String by, int n, java.time.LocalDate newest) {
        for (int i = 0; i < n; i++) {
            java.time.LocalDate day = newest.minusDays(i);
            java.time.Instant at = day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
            em.createNativeQuery("insert into management_decisions (case_id, kind, decision, reasons, decided_by, decided_at) "
                    + "values (?1, 'case', ?2, 'Reasons', ?3, ?4)").setParameter(1, caseId).setParameter(2, "Decision number " + i)
                    .setParameter(3, by).setParameter(4, at).executeUpdate();
            em.createNativeQuery("insert into case_summaries (case_id, summary_text, written_by, written_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, caseId).setParameter(2, "Summary number " + i).setParameter(3, by).setParameter(4, at).executeUpdate();
            em.createNativeQuery("insert into correction_requests (case_id, received_on, requester_name, requester_relationship, "
                    + "what_is_wrong, asked_for, due_on, logged_by, logged_at) values (?1, ?2, ?3, 'mother', 'A date', 'Fix it', ?4, ?5, ?6)")
                    .setParameter(1, caseId).setParameter(2, day).setParameter(3, "Requester number " + i)
                    .setParameter(4, day.plusMonths(1)).setParameter(5, by).setParameter(6, at).executeUpdate();
            if (i < n - 1) {
                em.createNativeQuery("insert into correction_answers (request_id, outcome, reasons, decision_id, answered_by, answered_at) "
                        + "select r.id, 'refused', 'Accurate as recorded', (select max(id) from management_decisions where case_id = ?1), ?2, ?3 "
                        + "from correction_requests r where r.case_id = ?1 and r.requester_name = ?4")
                        .setParameter(1, caseId).setParameter(2, by).setParameter(3, at).setParameter(4, "Requester number " + i).executeUpdate();
            }
        }
    }

    /** The child's contact arrangements as a current fact (R5.1-basic). */
    @Transactional
    public void contactArrangements(String caseId, String text) {
        ChildCase c = ChildCase.findById(caseId);
        CaseFact.record(caseId, FactKind.CONTACT_ARRANGEMENTS, text, LocalDate.of(2026, 2, 1), c.allocatedTo,
                java.time.Instant.parse("2026-02-01T10:00:00Z"), null);
    }

    /** The name and gender the child declares, as confirmed (R5.1-gender). */
    @Transactional
    public void declaredIdentity(String caseId, String name, String gender) {
        ChildCase c = ChildCase.findById(caseId);
        org.doorstep.server.caseload.DeclaredIdentity.record(caseId, name, gender, LocalDate.of(2026, 2, 1),
                c.allocatedTo, java.time.Instant.parse("2026-02-01T10:00:00Z"), null);
    }

    /** A chronology line as a visit note would have brought it (R5.5-chronology). */
    @Transactional
    public void chronologyLine(String caseId, LocalDate date, String fact, String source) {
        org.doorstep.server.caserecord.ChronologyEntry.of(caseId,
                new org.doorstep.model.wire.ChronologyLine(date, fact, source), null).persist();
    }

    @Transactional
    public void nhsNumber(String caseId, String digits) {
        ChildCase c = ChildCase.findById(caseId);
        c.nhsNumber = digits;
        em.flush();
    }

    /** The plan recommendation {@link #recommendation} names, on a case opened without one (through the workspace). */
    @Transactional
    public void planItem(String caseId) {
        PlanItem p = new PlanItem();
        p.id = recommendation(caseId);
        p.caseId = caseId;
        p.position = 1;
        p.text = "The child attends school every day";
        p.persist();
    }

    /** How many management decisions of a kind a case has. */
    @Transactional
    public long decisions(String caseId, String kind) {
        return ((Number) em.createNativeQuery("select count(*) from management_decisions where case_id = ?1 and kind = ?2")
                .setParameter(1, caseId).setParameter(2, kind).getSingleResult()).longValue();
    }

    /** How many cases a team has. */
    @Transactional
    public long casesOf(String team) {
        return ((Number) em.createNativeQuery("select count(*) from cases where team = ?1")
                .setParameter(1, team).getSingleResult()).longValue();
    }

    /** The case's row as stored: child_name, date_of_birth, address, allocated_to, team, closed_on. */
    @Transactional
    public Object[] caseRow(String caseId) {
        return (Object[]) em.createNativeQuery("select child_name, date_of_birth, address, allocated_to, team, closed_on "
                + "from cases where case_id = ?1").setParameter(1, caseId).getSingleResult();
    }

    /** The id of the one plan recommendation every test case has (R5.2-analysis). */
    public static String recommendation(String caseId) {
        return caseId + "-R1";
    }

    @Transactional
    public long entries(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from case_entries where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Transactional
    public long chronologyLines(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from chronology_lines where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    /** Sign-in tries recorded for an account with one outcome (failed, locked, succeeded). */
    @Transactional
    public long signInAttempts(String username, String outcome) {
        return ((Number) em.createNativeQuery("select count(*) from sign_in_attempts where username = ?1 and outcome = ?2")
                .setParameter(1, username).setParameter(2, outcome).getSingleResult()).longValue();
    }

    @Transactional
    public long notesWithId(String noteId) {
        return ((Number) em.createNativeQuery("select count(*) from case_entries where note_id = ?1")
                .setParameter(1, noteId).getSingleResult()).longValue();
    }

    @Transactional
    public String storedNoteJson(String noteId) {
        return (String) em.createNativeQuery("select note_json from case_entries where note_id = ?1")
                .setParameter(1, noteId).getSingleResult();
    }

    /** Edits a stored note behind the application's back, as someone with database access could. */
    @Transactional
    public int alterStoredNote(String noteId, String from, String to) {
        return em.createNativeQuery("update case_entries set note_json = replace(note_json, ?1, ?2) where note_id = ?3")
                .setParameter(1, from).setParameter(2, to).setParameter(3, noteId).executeUpdate();
    }

    /** A device's revocation as stored: revoked_at, revoked_by, revoked_reason (R15-lost-device). */
    @Transactional
    public Object[] revocation(String deviceId) {
        return (Object[]) em.createNativeQuery("select revoked_at, revoked_by, revoked_reason from devices where device_id = ?1")
                .setParameter(1, deviceId).getSingleResult();
    }

    /** Access tokens of a device that have not expired. */
    @Transactional
    public long liveTokens(String deviceId) {
        return ((Number) em.createNativeQuery("select count(*) from access_tokens where device_id = ?1 and expires_at > ?2")
                .setParameter(1, deviceId).setParameter(2, java.time.Instant.now()).getSingleResult()).longValue();
    }

    /** A device enrolled at {@code enrolledAt} with a fresh key, without going through the API; returns its id. */
    @Transactional
    public String device(String username, String deviceName, java.time.Instant enrolledAt) {
        var key = org.doorstep.model.signing.SigningKey.generate().verifyingKey();
        em.createNativeQuery("insert into devices (device_id, username, device_name, public_key, enrolled_at, approved_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?5)")
                .setParameter(1, key.keyId()).setParameter(2, username).setParameter(3, deviceName)
                .setParameter(4, key.base64()).setParameter(5, enrolledAt).executeUpdate();
        return key.keyId();
    }

    /** Approves a tablet as its supervisor would on the Tablets page (R13-accounts). */
    @Transactional
    public void approve(String deviceId) {
        em.createNativeQuery("update devices set approved_at = current_timestamp(6) where device_id = ?1 and approved_at is null")
                .setParameter(1, deviceId).executeUpdate();
    }

    @Transactional
    public void revoke(String deviceId) {
        em.createNativeQuery("update devices set revoked_at = current_timestamp(6) where device_id = ?1")
                .setParameter(1, deviceId).executeUpdate();
        // Straight to the database, as the Tablets page would not: tell the token cache as the page does.
        knownTokens.forgetAll();
    }

    /** Ages every token of the device past its expiry, as a quarter of an hour would. */
    @Transactional
    public void expireTokens(String deviceId) {
        em.createNativeQuery("update access_tokens set expires_at = timestampadd(minute, -1, current_timestamp(6)) "
                + "where device_id = ?1").setParameter(1, deviceId).executeUpdate();
        knownTokens.forgetAll();
    }

    @Transactional
    public long challengesOf(String deviceId) {
        return ((Number) em.createNativeQuery("select count(*) from token_challenges where device_id = ?1")
                .setParameter(1, deviceId).getSingleResult()).longValue();
    }

    @Transactional
    public void expireChallenges(String deviceId) {
        em.createNativeQuery("update token_challenges set expires_at = timestampadd(minute, -1, current_timestamp(6)) "
                + "where device_id = ?1").setParameter(1, deviceId).executeUpdate();
    }

    @Transactional
    public long tokensOf(String deviceId) {
        return ((Number) em.createNativeQuery("select count(*) from access_tokens where device_id = ?1")
                .setParameter(1, deviceId).getSingleResult()).longValue();
    }
}
