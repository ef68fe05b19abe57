package io.chainexplorer.cli.verify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * The content hash of a block: SHA-256, lowercase hex, over, for each {@link DerivedEntity} in
 * declaration order, the entity's directory name and its number of records, then each record in
 * topic-key order as its key (UTF-8) and its {@link CanonicalEncoding} bytes; every string and byte
 * string is preceded by its length as a 4-byte big-endian integer.
 */
public final class BlockContentHash {

  private BlockContentHash() {}

  /** The hash of {@code content}. */
  public static String of(BlockContent content) {
    MessageDigest sha256 = sha256();
    for (DerivedEntity entity : DerivedEntity.values()) {
      SortedMap<String, byte[]> records = content.records(entity);
      chunk(sha256, entity.directory().getBytes(StandardCharsets.UTF_8));
      sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(records.size()).array());
      for (Map.Entry<String, byte[]> record : records.entrySet()) {
        chunk(sha256, record.getKey().getBytes(StandardCharsets.UTF_8));
        chunk(sha256, record.getValue());
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void chunk(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
