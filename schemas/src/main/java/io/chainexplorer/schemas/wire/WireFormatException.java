package io.chainexplorer.schemas.wire;

/** A byte array that is not a Confluent wire-format frame this library can read. */
public class WireFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FrameLocation location;

  WireFormatException(String message, FrameLocation location) {
    super(message);
    this.location = location;
  }

  /** Where the bad frame came from (topic, and partition/offset when known). */
  public FrameLocation location() {
    return location;
  }

  static WireFormatException unknownMagicByte(byte magic, FrameLocation location) {
    String hint =
        magic == 1
            ? " (magic byte 1 is Confluent's newer format with a schema GUID, not supported here)"
            : "";
    return new WireFormatException(
        String.format(
            "Unknown magic byte %d in frame of %s: expected %d (Confluent wire format)%s",
            magic, location.describe(), WireFormat.MAGIC_BYTE, hint),
        location);
  }

  static WireFormatException truncated(int length, FrameLocation location) {
    return new WireFormatException(
        String.format(
            "Truncated frame of %s: %d bytes, fewer than the %d-byte header"
                + " (magic byte + 4-byte schema id)",
            location.describe(), length, WireFormat.HEADER_SIZE),
        location);
  }

  static WireFormatException noPayload(int schemaId, FrameLocation location) {
    return new WireFormatException(
        String.format(
            "Truncated frame of %s: schema id %d but no Avro payload after the %d-byte header",
            location.describe(), schemaId, WireFormat.HEADER_SIZE),
        location);
  }
}
