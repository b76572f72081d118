package org.doorstep.server.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.doorstep.app.media.VisitFiles;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.outbox.OutboxWorker;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo's whole way, with no stand-ins: the tablet app's own encrypted store, outbox, worker and
 * sync client, over real HTTP to this server on real MariaDB.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TabletFilesTest {

    private static final char[] PIN = "482917".toCharArray();

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI base;

    @Test
    @DisplayName("R1-media R13-at-rest: a photo is kept encrypted on the tablet, queued with its signed note, refused "
            + "before its note has arrived, sent after it, and then forgotten by the tablet")
    void photoTravelsAfterItsNote(@TempDir Path home) throws Exception {
        Clock clock = Clock.systemUTC();
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        SigningKey key = SigningKey.generate();
        Enrolment enrolment = new ServerApi(base, clock).enrol(new EnrolmentRequest(practitioner, TestWorld.PASSWORD,
                "files tablet", key.verifyingKey().base64()));
        world.approve(enrolment.deviceId());
        ServerApi api = new ServerApi(base, enrolment.deviceId(), key, clock);

        EncryptedFileStore store = EncryptedFileStore.create(home, PIN);
        VisitFiles files = new VisitFiles(store);
        byte[] bytes = AttachmentsTest.photo("the bedroom, a plaintext marker DOORSTEP-PLAINTEXT");
        Attachment photo = files.keep("bedroom.jpg", bytes);
        assertFalse(onDiskContains(home, "DOORSTEP-PLAINTEXT"), "R13-at-rest: the photo is encrypted on the tablet");

        VisitNote note = Tablet.enrolled(practitioner).visit(caseId).withAttachments(List.of(photo));
        SignedNote signed = SignedNote.sign(note, enrolment.deviceId(), key);
        Outbox outbox = new Outbox(store);
        outbox.add(signed, "Amelia Smith", note.visitStart());
        files.queue(note.attachments());

        assertEquals(0, files.sendAll(api), "its note is not on the server yet: refused, kept");
        assertEquals(List.of(photo), files.waiting());
        assertEquals(0, stored(photo.sha256()));

        OutboxWorker worker = new OutboxWorker(outbox, api, VerifyingKey.fromBase64(enrolment.serverPublicKey()), clock, files);
        assertInstanceOf(SyncOutcome.Accepted.class, worker.syncNow().get(0));
        assertEquals(1, stored(photo.sha256()), "sent after the note, in the same sync");
        assertEquals(List.of(), files.waiting());
        assertTrue(files.bytes(photo.sha256()).isEmpty(), "the tablet forgets a file the server holds");
    }

    private static boolean onDiskContains(Path dir, String text) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Transactional
    long stored(String sha256) {
        return ((Number) em.createNativeQuery("select count(*) from attachment_files where sha256 = ?1")
                .setParameter(1, sha256).getSingleResult()).longValue();
    }
}
