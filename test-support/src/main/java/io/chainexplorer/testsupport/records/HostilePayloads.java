package io.chainexplorer.testsupport.records;

/**
 * Avro payloads of a record that starts with a long and a string (a block number, then a hash)
 * whose string length lies: what a hostile producer puts after a valid schema id to make a reader
 * allocate what the frame does not hold.
 */
public final class HostilePayloads {

  private HostilePayloads() {}

  /** Block number 1, then a string declared 2^30 bytes long: 6 bytes, 11 as a frame. */
  public static byte[] gigabyteString() {
    return new byte[] {0x02, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
  }

  /** Block number 2, then a string declared 40 bytes long with 3 bytes left. */
  public static byte[] stringLongerThanItsFrame() {
    return new byte[] {0x04, 0x50, 0x61, 0x62, 0x63};
  }
}
