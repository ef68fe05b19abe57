package io.chainexplorer.decoder.abi;

import java.util.List;
import java.util.Objects;

/** The outcome of decoding calldata or a log: the values, or why the input is malformed. */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Malformed {

  /** Every top-level input, in declaration order. */
  record Decoded(List<DecodedValue> values) implements DecodeResult {
    public Decoded {
      values = List.copyOf(values);
    }
  }

  /** The input does not decode with this ABI; the reason names what is wrong and where. */
  record Malformed(String reason) implements DecodeResult {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
