package org.doorstep.server.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The bytes of one attached file, named by their SHA-256 (R1-media): kept once however often the
 * file is attached, never changed. Pages ask only which hashes have arrived, never load the bytes.
 */
@Entity
@Table(name = "attachment_files")
public class StoredFile extends PanacheEntityBase {

    @Id
    public String sha256;

    @Column(updatable = false)
    public long size;

    @Column(updatable = false)
    public byte[] bytes;

    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;

    /** The device id that sent it, or the username of who uploaded it in the workspace. */
    @Column(name = "stored_by", updatable = false)
    public String storedBy;

    /** Which of these hashes have their bytes here. */
    public static Set<String> arrived(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select f.sha256 from StoredFile f where f.sha256 in ?1", String.class)
                .setParameter(1, hashes).getResultList());
    }

    public static boolean has(String sha256) {
        return !arrived(Set.of(sha256)).isEmpty();
    }
}
