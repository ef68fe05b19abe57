package io.chainexplorer.enricher.tokens;

import io.chainexplorer.avro.TokenTransfer;
import java.util.List;

/** What a log says about token movements: transfers, nothing, or a malformed token event. */
public sealed interface TokenExtraction {

  /**
   * One transfer, or one per id/value pair of an ERC-1155 batch (possibly none for an empty one).
   */
  record Transfers(List<TokenTransfer> transfers) implements TokenExtraction {
    public Transfers {
      transfers = List.copyOf(transfers);
    }
  }

  /** Not a token event we recognise (other topic0, or no topics). */
  record NotATokenEvent() implements TokenExtraction {}

  /** A token event's topic0 with a shape the standard forbids; skipped and counted. */
  record Malformed(String reason) implements TokenExtraction {}
}
