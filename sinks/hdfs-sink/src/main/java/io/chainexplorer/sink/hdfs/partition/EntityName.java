package io.chainexplorer.sink.hdfs.partition;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.kafka.connect.errors.DataException;

/**
 * The entity directory of a record, from its schema's full name: {@code
 * io.chainexplorer.avro.TokenTransfer} → {@code token-transfer}. The topic name plays no part.
 */
public final class EntityName {

  /** Namespace of the project's generated Avro records. */
  public static final String NAMESPACE = "io.chainexplorer.avro.";

  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private EntityName() {}

  /**
   * The kebab-case entity of a schema named {@code io.chainexplorer.avro.<Entity>}.
   *
   * @throws DataException for a missing name or one outside the project's namespace
   */
  public static String of(String schemaName) {
    if (schemaName == null || !schemaName.startsWith(NAMESPACE)) {
      throw new DataException(
          "record schema '" + schemaName + "' is not one of " + NAMESPACE + "*: unknown entity");
    }
    String simple = schemaName.substring(NAMESPACE.length());
    if (simple.isEmpty() || simple.contains(".")) {
      throw new DataException("record schema '" + schemaName + "' names no entity");
    }
    return WORD_START.matcher(simple).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
