package io.chainexplorer.api;

import io.chainexplorer.api.auth.KeyRing;

/** Deterministic test hashes and addresses, lower-case hex as the pipeline writes them. */
final class Hex {

  private Hex() {}

  static String hash(String kind, long n) {
    return "0x" + KeyRing.sha256(kind + "/" + n);
  }

  static String address(String kind, long n) {
    return "0x" + KeyRing.sha256(kind + "/" + n).substring(0, 40);
  }
}
