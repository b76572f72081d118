package org.doorstep.bench;

import java.util.List;

import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.chain.ChainLink;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.CaseRecord;

/**
 * After a restore (docs/deployment.md), on a rehearsal server whose tablets are approved as they
 * enrol (the bench or demo profile): enrols one device per practitioner given, reads every case of
 * their caseloads through the API and checks each chain twice, as the server reports it
 * ({@code chainIntact}) and walked again with the shared model's {@link CaseChain#verify}. Prints the
 * counts; exits 1 if any chain is broken. Same options as NoteLoad ({@code --server --users --password}).
 */
public final class ChainAudit {

    private ChainAudit() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        ApiClient api = new ApiClient(o.server());
        int cases = 0;
        int entries = 0;
        int broken = 0;
        for (int i = 0; i < o.users().size(); i++) {
            BenchDevice d = api.enrol(o.users().get(i), o.password(), i);
            for (String caseId : d.caseIds()) {
                CaseRecord r = Json.read(api.getRaw("/api/v1/cases/" + caseId + "/record", d.token()), CaseRecord.class);
                List<ChainLink> links = r.entries().stream()
                        .map(e -> new ChainLink(e.sequence(), e.noteId(), e.contentHash(), e.previousHash(), e.entryHash())).toList();
                ChainCheck walked = CaseChain.verify(links);
                cases++;
                entries += r.entries().size();
                if (!walked.intact() || !r.chainIntact()) {
                    broken++;
                    System.out.println("BROKEN " + caseId + ": " + (walked.intact() ? "the server says so" : walked.reason()));
                }
            }
        }
        System.out.printf("chain audit: %d cases, %d entries, %d broken chains%n", cases, entries, broken);
        System.exit(broken == 0 ? 0 : 1);
    }
}
