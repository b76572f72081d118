package org.doorstep.server.notes;

import org.doorstep.model.receipt.Receipt;

/** What ingest did with a note: merged it now, or found it already merged with the same content. */
public record Ingested(Receipt receipt, boolean duplicate) {
}
