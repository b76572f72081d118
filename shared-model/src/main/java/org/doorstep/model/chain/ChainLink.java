package org.doorstep.model.chain;

/** What the chain needs of one case entry. */
public record ChainLink(long sequence, String noteId, String contentHash, String previousHash, String entryHash) {
}
