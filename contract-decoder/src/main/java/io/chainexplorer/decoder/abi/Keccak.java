package io.chainexplorer.decoder.abi;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/** keccak-256, the hash of selectors and topics. */
final class Keccak {
  private Keccak() {}

  static byte[] hash(String text) {
    return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hash(byte[] data) {
    return Hash.sha3(data);
  }
}
