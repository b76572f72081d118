package org.doorstep.model.wire;

import java.time.LocalDate;

/**
 * A document or photo of the case as the tablet lists it (R1-media): its name, what kind it is, its
 * size and whether its bytes have reached the server. Only a name: the bytes stay on the server.
 *
 * @param visitDate the day of the visit whose note signs it; null for a document added to the case in the workspace
 */
public record RecordFile(String name, String kind, long size, boolean arrived, LocalDate visitDate) {
}
