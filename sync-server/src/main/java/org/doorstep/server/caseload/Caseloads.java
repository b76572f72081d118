package org.doorstep.server.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.server.people.Practitioner;

/** The cases allocated to a practitioner, with what a tablet needs to visit offline. */
@ApplicationScoped
public class Caseloads {

    private final EntityManager em;

    Caseloads(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Caseload of(Practitioner practitioner) {
        List<ChildCase> cases = ChildCase.list("allocatedTo = ?1 order by caseId", practitioner.username());
        return new Caseload(practitioner.username(), cases.stream().map(this::summary).toList());
    }

    private CaseSummary summary(ChildCase c) {
        List<String> household = HouseholdMember.current(c.caseId).stream().map(HouseholdMember::line).toList();
        List<PlanRecommendation> plan = PlanItem.<PlanItem>list("caseId = ?1 order by position", c.caseId)
                .stream().map(p -> new PlanRecommendation(p.id, p.text)).toList();
        Instant lastVisit = em.createQuery(
                        "select max(e.visitStart) from CaseEntryRow e where e.caseId = :c", Instant.class)
                .setParameter("c", c.caseId).getSingleResult();
        return new CaseSummary(c.caseId, DeclaredIdentity.nameOf(c), c.dateOfBirth, c.address,
                CaseFact.currentValue(c.caseId, FactKind.LEGAL_STATUS, c.legalStatus), household, plan, lastVisit);
    }
}
