package io.chainexplorer.decoder.sources;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.DecodedValue;
import java.util.List;

/** The outcome of decoding one call or log: decoded, unknown selector, or malformed. */
public sealed interface Resolution {

  /**
   * Decoded by the most trusted source that knows the selector or event.
   *
   * @param detail implementation address, standard or database name; null when none
   */
  record Decoded(AbiEntry entry, List<DecodedValue> values, AbiSource source, String detail)
      implements Resolution {}

  /** No source knows the selector (calls) or topic0 and topic count (events). */
  record Unknown(String selector) implements Resolution {}

  /** A source knows the selector, but the data does not decode by it. */
  record Malformed(String reason) implements Resolution {}
}
