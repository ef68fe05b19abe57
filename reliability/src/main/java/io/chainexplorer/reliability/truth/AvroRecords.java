package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.cli.verify.CanonicalEncoding;
import io.chainexplorer.cli.verify.DerivedEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Avro records of the topics and the cold store as {@link Observed}: derived entities by the verify
 * command's canonical encoding (provenance left out), raw blocks by every field but provenance.
 */
public final class AvroRecords {

  /** The entity name of raw blocks (the poller's output) in reports. */
  public static final String RAW_BLOCK = "raw_block";

  private static final String PROVENANCE = "provenance";

  private AvroRecords() {}

  /** The report name of a derived entity ({@code token_transfer}). */
  public static String entityName(DerivedEntity entity) {
    return entity.name().toLowerCase(Locale.ROOT);
  }

  /** A derived record (generated class or read back from a file) as the comparison sees it. */
  public static Observed derived(DerivedEntity entity, GenericRecord record) {
    return new Observed(
        entityName(entity),
        entity.keyOf(record),
        ((Number) record.get("blockNumber")).longValue(),
        String.valueOf(record.get("blockHash")),
        digest(CanonicalEncoding.of(entity).encode(record)));
  }

  /** A raw block as the comparison sees it: where and when it was fetched plays no part. */
  public static Observed rawBlock(RawBlock raw) {
    StringBuilder content = new StringBuilder();
    for (Schema.Field field : raw.getSchema().getFields()) {
      if (!PROVENANCE.equals(field.name())) {
        content
            .append(field.name())
            .append('=')
            .append(SpecificData.get().toString(raw.get(field.pos())))
            .append(';');
      }
    }
    return new Observed(
        RAW_BLOCK,
        Long.toString(raw.getBlockNumber()),
        raw.getBlockNumber(),
        raw.getBlockHash(),
        digest(content.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether a derived record retracts the earlier one with its key and block hash. */
  public static boolean retracted(GenericRecord record) {
    return record.getSchema().getField("retracted") != null
        && Boolean.TRUE.equals(record.get("retracted"));
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
