package io.chainexplorer.batch.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.TestSpark;
import io.chainexplorer.batch.uint256.Uint256;
import io.chainexplorer.sink.hdfs.partition.EntityName;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold store as the views see it: committed files only, canonical rows, exact uint256. */
class ColdStoreTest {

  @TempDir static Path root;
  private static ColdStore store;

  @BeforeAll
  static void write() throws Exception {
    ColdStoreFixture.write(root);
    store = ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN);
  }

  @Test
  void shouldReadEachEntityFromTheDirectoryTheSinkWrites() {
    for (ColdStoreEntity entity : ColdStoreEntity.values()) {
      String schema = "io.chainexplorer.avro." + schemaName(entity);
      assertThat(entity.directory()).isEqualTo(EntityName.of(schema));
    }
  }

  @Test
  void shouldKeepOneLiveRowPerKeyWhateverTheDeliveriesAndRetractions() {
    Map<String, Row> byHash = new TreeMap<>();
    for (Row row : store.canonical(ColdStoreEntity.TRANSACTION).collectAsList()) {
      byHash.put(row.getAs("hash"), row);
    }
    // t1 twice (one row), t5 then its retraction (none).
    assertThat(byHash).containsOnlyKeys("0xt1", "0xt2", "0xt3", "0xt4");
    assertThat(byHash.get("0xt1").<Object>getAs("date").toString()).isEqualTo("2024-05-01");
    assertThat(byHash.get("0xt4").<Object>getAs("date").toString()).isEqualTo("2024-05-02");
  }

  @Test
  void shouldReadUint256ColumnsAsTheirExactIntegers() {
    Row t1 =
        store.canonical(ColdStoreEntity.TRANSACTION).filter("hash = '0xt1'").collectAsList().get(0);
    assertThat(Uint256.of(t1.<byte[]>getAs("feePaid")))
        .isEqualTo(BigInteger.TWO.pow(255).subtract(BigInteger.ONE));
  }

  @Test
  void shouldListOnlyCommittedFileNames() throws Exception {
    org.apache.hadoop.fs.Path transfers =
        new org.apache.hadoop.fs.Path(
            root.toUri().toString(), ColdStoreFixture.CHAIN + "/token-transfer");
    FileSystem fs = transfers.getFileSystem(new Configuration());
    assertThat(CommittedFiles.under(fs, transfers))
        .isNotEmpty()
        .allSatisfy(
            file -> assertThat(file).matches(".*/hour=\\d\\d/[^/]+\\+0\\+\\d+\\+\\d+\\.parquet"));
  }

  private static String schemaName(ColdStoreEntity entity) {
    return switch (entity) {
      case BLOCK -> "Block";
      case TRANSACTION, CALL -> "Transaction";
      case TOKEN_TRANSFER -> "TokenTransfer";
      case CONTRACT_CREATION -> "ContractCreation";
      case LOG -> "Log";
    };
  }
}
