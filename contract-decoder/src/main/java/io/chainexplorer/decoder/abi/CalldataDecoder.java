package io.chainexplorer.decoder.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes calldata (4-byte selector then the ABI-encoded inputs) by a function: {@link
 * DecodeResult.Malformed} for a wrong selector or any data that does not decode, never an
 * exception.
 */
public final class CalldataDecoder {
  private CalldataDecoder() {}

  /** The inputs of {@code function} decoded from {@code calldata}. */
  public static DecodeResult decode(AbiFunction function, byte[] calldata) {
    if (calldata == null) {
      return new DecodeResult.Malformed("no calldata");
    }
    if (calldata.length < 4) {
      return new DecodeResult.Malformed(
          "calldata of " + calldata.length + " bytes has no 4-byte selector");
    }
    if (!function.selectorMatches(calldata)) {
      return new DecodeResult.Malformed(
          "selector "
              + Hex.encode(calldata, 0, 4)
              + " is not "
              + function.selectorHex()
              + " of "
              + function.signature());
    }
    return decodeInputs(function.inputs(), calldata, 4, calldata.length, false);
  }

  /** Decodes ABI-encoded {@code data[start..end)} as the tuple of {@code inputs}. */
  static DecodeResult decodeInputs(
      List<AbiParameter> inputs, byte[] data, int start, int end, boolean indexed) {
    List<AbiType> types = new ArrayList<>(inputs.size());
    for (AbiParameter input : inputs) {
      types.add(input.type());
    }
    try {
      List<Object> values = new AbiReader(data, start, end).decodeTuple(types);
      List<DecodedValue> decoded = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        AbiParameter input = inputs.get(i);
        decoded.add(value(input, indexed, values.get(i)));
      }
      return new DecodeResult.Decoded(decoded);
    } catch (MalformedException e) {
      return new DecodeResult.Malformed(e.getMessage());
    } catch (RuntimeException e) {
      // A bug must not take the stream down: report it as this input's outcome.
      return new DecodeResult.Malformed("decoder error: " + e);
    }
  }

  static DecodedValue value(AbiParameter input, boolean indexed, Object value) {
    return new DecodedValue(
        input.name(),
        input.type().canonical(),
        indexed,
        CanonicalJson.write(input.type(), value),
        value);
  }
}
