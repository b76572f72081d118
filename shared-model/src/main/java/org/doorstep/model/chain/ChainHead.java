package org.doorstep.model.chain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;

/**
 * The server's signed word on where a case's chain ends: how many entries it has and the hash of the
 * last. The chain alone proves that no entry was changed or taken out of the middle; only this
 * anchor shows entries cut off the end, because the shorter chain is still a valid chain.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ChainHead(String caseId, long sequence, String entryHash, Instant signedAt, String serverKeyId,
                        String signature) {

    public static ChainHead issue(String caseId, long sequence, String entryHash, Instant signedAt, SigningKey serverKey) {
        ChainHead unsigned = new ChainHead(caseId, sequence, entryHash, signedAt, serverKey.verifyingKey().keyId(), null);
        return new ChainHead(caseId, sequence, entryHash, signedAt, unsigned.serverKeyId,
                serverKey.signBase64(unsigned.signedBytes()));
    }

    public byte[] signedBytes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("what", "doorstep-chain-head-v1");
        fields.put("caseId", caseId);
        fields.put("sequence", sequence);
        fields.put("entryHash", entryHash);
        fields.put("signedAt", signedAt == null ? null : signedAt.toString());
        fields.put("serverKeyId", serverKeyId);
        return CanonicalJson.ofValue(fields);
    }

    public boolean verifiesWith(VerifyingKey serverKey) {
        return signature != null && serverKey.keyId().equals(serverKeyId) && serverKey.verifiesBase64(signedBytes(), signature);
    }
}
