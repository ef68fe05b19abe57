package io.chainexplorer.batch.views;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The events (topic0, number of topics) and functions (selector) that mark a contract as a security
 * token of a family, the contract-decoder's recognising members ({@code security-members.tsv}).
 */
final class SecurityMembers {

  static final String TRANSFER_BY_PARTITION =
      "0xff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4";
  static final String CONTROLLER_TRANSFER =
      "0x6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d";
  static final String CONTROLLER_REDEMPTION =
      "0x876b7cb47aa150b3a5516188b19ed308752ad4d0ae9a702543353b78163f7589";
  static final String DOCUMENT_UPDATED =
      "0xb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6";
  static final String FORCED_TRANSFER_CALL = "0x9fc1d0e7";
  static final String BATCH_FORCED_TRANSFER_CALL = "0x42a47abc";

  private static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("kind", DataTypes.StringType, false),
              DataTypes.createStructField("member", DataTypes.StringType, false),
              DataTypes.createStructField("topic_count", DataTypes.IntegerType, false),
              DataTypes.createStructField("family", DataTypes.StringType, false)));
  private static final List<Row> MEMBERS = load();

  private SecurityMembers() {}

  /** Recognising events: {@code member} (topic0), {@code topic_count}, {@code family}. */
  static Dataset<Row> events(SparkSession spark) {
    return of(spark, "event").drop("kind");
  }

  /** Recognising functions: {@code member} (selector), {@code family}. */
  static Dataset<Row> functions(SparkSession spark) {
    return of(spark, "function").drop("kind", "topic_count");
  }

  private static Dataset<Row> of(SparkSession spark, String kind) {
    return spark
        .createDataFrame(MEMBERS, SCHEMA)
        .filter(org.apache.spark.sql.functions.col("kind").equalTo(kind));
  }

  private static List<Row> load() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = SecurityMembers.class.getResourceAsStream("security-members.tsv")) {
      if (in == null) {
        throw new IllegalStateException("security-members.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        rows.add(RowFactory.create(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read security-members.tsv", e);
    }
    return List.copyOf(rows);
  }
}
