package org.doorstep.bench;

import java.util.List;
import java.util.Map;
import org.doorstep.model.signing.SigningKey;

/**
 * One enrolled device as the load generator drives it: its key, token, the cases its practitioner
 * holds and, per case, a plan recommendation a visit's analysis can link to.
 */
record BenchDevice(String deviceId, String username, SigningKey key, String token, List<String> caseIds,
                   Map<String, String> recommendations) {

    /** The same device writing to its first {@code n} cases only (0: all). */
    BenchDevice limitCases(int n) {
        return n <= 0 || n >= caseIds.size() ? this
                : new BenchDevice(deviceId, username, key, token, caseIds.subList(0, n), recommendations);
    }
}
