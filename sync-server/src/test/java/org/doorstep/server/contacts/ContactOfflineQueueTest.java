package org.doorstep.server.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.doorstep.app.contacts.ContactOutbox;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A contact recorded on the tablet with no signal waits in the tablet's encrypted store and reaches
 * the server at the next sync (R5.3-contacts, R13-at-rest): the app's own ContactOutbox and ServerApi
 * against this real server; the note outbox beside it is untouched.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ContactOfflineQueueTest {

    private static final char[] PIN = "482916".toCharArray();

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.3-contacts: with the server out of reach the contact is kept encrypted on the tablet, survives a restart, "
            + "and is stored once at the next sync; a contact the server refuses stays on the tablet with its reason")
    void contactWaitsForASignal() throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        SigningKey key = SigningKey.generate();
        Clock clock = Clock.systemUTC();
        Enrolment e = new ServerApi(base.toURI(), clock).enrol(new EnrolmentRequest(practitioner, TestWorld.PASSWORD,
                "contact queue tablet", key.verifyingKey().base64()));
        world.approve(e.deviceId());
        ServerApi noSignal = new ServerApi(URI.create("http://127.0.0.1:1/"), e.deviceId(), key, clock);
        ServerApi online = new ServerApi(base.toURI(), e.deviceId(), key, clock);

        Path dir = Files.createTempDirectory("tablet-store");
        EncryptedFileStore store = EncryptedFileStore.create(dir, PIN);
        ContactOutbox contacts = new ContactOutbox(store);
        contacts.add(caseId, "Test Child", new ContactRecord(LocalDate.now().minusDays(1), "call", "Mrs Patel, class teacher",
                "Attendance is 97% this term.", null, null, null));
        contacts.add(caseId, "Test Child", new ContactRecord(LocalDate.now().minusDays(1), "carrier pigeon", "Nobody", "x",
                null, null, null));
        assertEquals(new ContactOutbox.Sent(0, 0, 2), contacts.sendAll(noSignal), "no signal: both wait");
        assertEquals(0, world.rows("case_contacts", caseId));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertTrue(!new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Mrs Patel"),
                        "R13-at-rest: nothing typed is readable on disk, " + f.getFileName());
            }
        }

        // The tablet restarts: the contacts are read back from the encrypted store.
        ContactOutbox reopened = new ContactOutbox(EncryptedFileStore.open(dir, PIN));
        assertEquals(2, reopened.pending().size());
        assertEquals(new ContactOutbox.Sent(1, 1, 0), reopened.sendAll(online));
        assertEquals(1, world.rows("case_contacts", caseId), "stored once");
        assertEquals(1, reopened.pending().size(), "the refused one stays, with its reason");
        assertNotNull(reopened.pending().get(0).refused());
        assertEquals(new ContactOutbox.Sent(0, 0, 0), reopened.sendAll(online), "a refused contact is not sent again and again");
        assertEquals(1, world.rows("case_contacts", caseId));
        assertTrue(new Outbox(EncryptedFileStore.open(dir, PIN)).all().isEmpty(), "the note outbox is untouched");
    }
}
