package io.chainexplorer.poller.verify;

import java.util.Locale;

/** What a verification compares; the lowercase name is a bounded metric tag. */
public enum Check {
  /** Keccak-256 of the RLP header against the block hash. */
  BLOCK_HASH,
  /** The transactions trie root against the header. */
  TRANSACTIONS_ROOT,
  /** The receipts trie root against the header. */
  RECEIPTS_ROOT,
  /** The withdrawals trie root against the header (Shanghai and later). */
  WITHDRAWALS_ROOT,
  /** The uncles hash of a block without uncles. */
  UNCLES_HASH,
  /** Keccak-256 of each transaction's encoding against its hash. */
  TRANSACTION_HASH,
  /** Positions, counts and the fields a receipt repeats from its transaction or block. */
  CONSISTENCY,
  /** A field the encodings need is missing, so nothing can be recomputed. */
  UNENCODABLE;

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
