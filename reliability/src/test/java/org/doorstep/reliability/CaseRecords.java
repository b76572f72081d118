package org.doorstep.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.chain.ChainLink;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.CaseRecord;

/** Reads a case record over the API as the tablet's practitioner, and walks its chain with the shared model's rule. */
final class CaseRecords {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CaseRecords() {
    }

    static CaseRecord read(URI server, FieldTablet tablet, String caseId) throws Exception {
        String token = tablet.session.api().newToken().token();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.resolve("api/v1/cases/" + caseId + "/record"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET record of " + caseId + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.read(r.body(), CaseRecord.class);
    }

    static ChainCheck chain(CaseRecord record) {
        List<ChainLink> links = record.entries().stream()
                .map(e -> new ChainLink(e.sequence(), e.noteId(), e.contentHash(), e.previousHash(), e.entryHash())).toList();
        return CaseChain.verify(links);
    }
}
