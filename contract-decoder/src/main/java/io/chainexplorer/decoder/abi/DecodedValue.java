package io.chainexplorer.decoder.abi;

/**
 * One decoded top-level input: its canonical type, whether it came from a topic, its canonical JSON
 * text (see {@link CanonicalJson}) and its value (see {@link AbiEncoder} for the model).
 *
 * <p>An indexed input of a dynamic type (string, bytes, array, tuple) is its 32-byte topic hash:
 * {@code canonicalJson} is then a 0x hex string and {@code value} a byte array.
 */
public record DecodedValue(
    String name, String type, boolean indexed, String canonicalJson, Object value) {}
