package io.chainexplorer.schemas.wire;

import java.util.Arrays;

/**
 * The Confluent wire format, its constants in one place: magic byte 0, a 4-byte big-endian schema
 * id, then the Avro binary payload.
 */
public final class WireFormat {

  /** The only magic byte this library writes and reads. */
  public static final byte MAGIC_BYTE = 0;

  /** Size of the schema id that follows the magic byte. */
  public static final int SCHEMA_ID_SIZE = 4;

  /** Magic byte plus schema id: the offset where the Avro payload starts. */
  public static final int HEADER_SIZE = 1 + SCHEMA_ID_SIZE;

  private WireFormat() {}

  /** Writes the 5-byte header for {@code schemaId} at {@code target[offset]}. */
  public static void writeHeader(byte[] target, int offset, int schemaId) {
    target[offset] = MAGIC_BYTE;
    target[offset + 1] = (byte) (schemaId >>> 24);
    target[offset + 2] = (byte) (schemaId >>> 16);
    target[offset + 3] = (byte) (schemaId >>> 8);
    target[offset + 4] = (byte) schemaId;
  }

  /** A complete frame: header for {@code schemaId} followed by {@code avroPayload}. */
  public static byte[] frame(int schemaId, byte[] avroPayload) {
    byte[] frame = new byte[HEADER_SIZE + avroPayload.length];
    writeHeader(frame, 0, schemaId);
    System.arraycopy(avroPayload, 0, frame, HEADER_SIZE, avroPayload.length);
    return frame;
  }

  /**
   * The schema id of a frame, after checking its magic byte and that a payload follows.
   *
   * @throws WireFormatException naming {@code location} if the frame is not readable
   */
  public static int schemaId(byte[] frame, FrameLocation location) {
    if (frame.length < HEADER_SIZE) {
      throw WireFormatException.truncated(frame.length, location);
    }
    if (frame[0] != MAGIC_BYTE) {
      throw WireFormatException.unknownMagicByte(frame[0], location);
    }
    int schemaId =
        ((frame[1] & 0xff) << 24)
            | ((frame[2] & 0xff) << 16)
            | ((frame[3] & 0xff) << 8)
            | (frame[4] & 0xff);
    if (frame.length == HEADER_SIZE) {
      throw WireFormatException.noPayload(schemaId, location);
    }
    return schemaId;
  }

  /** Length of the Avro payload of a frame already checked by {@link #schemaId}. */
  public static int payloadLength(byte[] frame) {
    return frame.length - HEADER_SIZE;
  }

  /** A copy of the Avro payload of a frame already checked by {@link #schemaId}. */
  public static byte[] payload(byte[] frame) {
    return Arrays.copyOfRange(frame, HEADER_SIZE, frame.length);
  }
}
