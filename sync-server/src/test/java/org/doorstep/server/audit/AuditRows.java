package org.doorstep.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestWorld;

/** What the audit tables hold, read straight from the database, for tests that check nothing changed. */
@ApplicationScoped
public class AuditRows {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The month the tests' visits took place: a whole month that has ended, so its visits are all in. */
    static final YearMonth LAST_MONTH = YearMonth.now(LONDON).minusMonths(1);

    private final EntityManager em;
    private final TestWorld world;

    AuditRows(EntityManager em, TestWorld world) {
        this.em = em;
        this.world = world;
    }

    /** {@code count} completed visits by the practitioner last month, each to its own child; their note ids. */
    public List<String> visitsLastMonth(String practitioner, int count) {
        Tablet tablet = Tablet.enrolled(practitioner);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String caseId = world.childCase(practitioner, CHILDREN[i % CHILDREN.length]);
            Instant end = LAST_MONTH.atDay(2 + i).atTime(11, 0).atZone(LONDON).toInstant();
            VisitNote note = tablet.visit(caseId, "Visited at home.", end, end.plusSeconds(3600));
            tablet.post(tablet.sign(note)).then().statusCode(201);
            ids.add(note.noteId());
        }
        return ids;
    }

    private static final String[] CHILDREN = {"Amelia Smith", "Noah Williams", "Zara Ahmed", "Lily Evans", "Leo Grant",
            "Maya Patel", "Oliver Brown", "Ruby Jones", "Isaac Green", "Freya Hall"};

    @Transactional
    public long samples(String team) {
        return ((Number) em.createNativeQuery("select count(*) from audit_samples where team = ?1").setParameter(1, team)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long grades(String team) {
        return ((Number) em.createNativeQuery("select count(*) from audit_grades g join audit_samples s on s.id = g.sample_id "
                + "where s.team = ?1").setParameter(1, team).getSingleResult()).longValue();
    }

    /** The sample's note ids in the order drawn. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> drawn(long sampleId) {
        return ((List<Object>) em.createNativeQuery("select note_id from audit_sample_visits where sample_id = ?1 order by draw_order")
                .setParameter(1, sampleId).getResultList()).stream().map(Object::toString).toList();
    }

    @Transactional
    public long seed(long sampleId) {
        return ((Number) em.createNativeQuery("select seed from audit_samples where id = ?1").setParameter(1, sampleId)
                .getSingleResult()).longValue();
    }

    @Transactional
    public String caseOf(String noteId) {
        return (String) em.createNativeQuery("select case_id from visit_facts where note_id = ?1").setParameter(1, noteId)
                .getSingleResult();
    }
}
