package org.doorstep.bench;

import java.util.List;
import org.doorstep.model.signing.SigningKey;

/** One enrolled device as the load generator drives it: its key, token and the cases its practitioner holds. */
record BenchDevice(String deviceId, String username, SigningKey key, String token, List<String> caseIds) {
}
