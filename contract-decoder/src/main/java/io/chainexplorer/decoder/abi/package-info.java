/**
 * Our own hardened Solidity ABI codec: types, text and JSON signatures, calldata and event decoding
 * to canonical JSON values, and the canonical encoder for re-encode checks.
 *
 * <p>Decoding never throws and never returns null: every input gives {@link
 * io.chainexplorer.decoder.abi.DecodeResult.Decoded} or {@link
 * io.chainexplorer.decoder.abi.DecodeResult.Malformed} with a reason. Every offset and length is
 * checked against the data before use, a dynamic array's length against the bytes left (each
 * element needs at least one word), type nesting is capped at 32 and the total work at 8 times the
 * input size (plus 4096), so aliased offsets cannot inflate a small input.
 *
 * <p>Non-canonical encodings follow ethers v6's default decoder: bits of a word above an
 * intN/uintN's width are ignored (the value is masked, then sign-extended), any non-zero word is a
 * true bool, bytes after a bytesN's size and the padding of bytes/string are not checked (the
 * padded length must be present), but an address with non-zero high bytes, an offset or length that
 * does not fit the data and a string that is not valid UTF-8 are malformed. Callers that need
 * strictness (the selector-ambiguity check) use {@link
 * io.chainexplorer.decoder.abi.AbiEncoder#reencodesExactly}.
 */
package io.chainexplorer.decoder.abi;
