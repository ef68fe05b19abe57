package io.chainexplorer.poller.verify;

/** EIP-2718 typed envelope: the type byte followed by the RLP payload. */
final class Envelope {

  private Envelope() {}

  static byte[] typed(int type, byte[] payload) {
    byte[] out = new byte[payload.length + 1];
    out[0] = (byte) type;
    System.arraycopy(payload, 0, out, 1, payload.length);
    return out;
  }
}
