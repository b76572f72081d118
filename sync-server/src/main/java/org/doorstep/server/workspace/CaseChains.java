package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.chain.ChainLink;
import org.doorstep.server.notes.ChainHeads;
import org.doorstep.server.serverkey.ServerKey;

/**
 * Re-walks a case's hash chain from the stored links (sequence, note id, content hash, hashes) up to
 * its server-signed end, without reading every note: fast enough for a record of 10,000 entries on every page view.
 * A note's own content is re-hashed and its signature checked when that note is opened.
 */
@ApplicationScoped
public class CaseChains {

    private final EntityManager em;
    private final ChainHeads heads;
    private final ServerKey serverKey;

    CaseChains(EntityManager em, ChainHeads heads, ServerKey serverKey) {
        this.em = em;
        this.heads = heads;
        this.serverKey = serverKey;
    }

    public ChainCheck links(String caseId) {
        List<ChainLink> links = em.createQuery("select new org.doorstep.model.chain.ChainLink(e.sequence, e.noteId, "
                        + "e.contentHash, e.previousHash, e.entryHash) from CaseEntryRow e where e.caseId = ?1 order by e.sequence",
                ChainLink.class).setParameter(1, caseId).getResultList();
        // Held against the server-signed end of the chain, so entries cut off the end show too (issue 11).
        return CaseChain.verify(caseId, links, heads.of(caseId), serverKey.verifyingKey());
    }
}
