package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.sink.hdfs.partition.PartitionPath;
import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.kafka.common.TopicPartition;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStoreSnapshotTest {

  private static final String CHAIN = "devnet";
  private static final TopicPartition TOPIC =
      new TopicPartition(CHAIN + ".confirmed.transactions.v1", 0);

  @TempDir Path root;

  private final NodeChain chain = NodeChain.of(1, 2, Chains.blocks(1, 2, 0));

  private void write(String fileName, List<Transaction> rows) throws IOException {
    long time = rows.get(0).getBlockTimestamp();
    Path directory =
        root.resolve(PartitionPath.of(CHAIN, DerivedEntity.TRANSACTION.directory(), time));
    Files.createDirectories(directory);
    org.apache.hadoop.fs.Path file =
        new org.apache.hadoop.fs.Path(directory.resolve(fileName).toUri());
    try (ParquetWriter<Transaction> writer =
        AvroParquetWriter.<Transaction>builder(HadoopOutputFile.fromPath(file, new Configuration()))
            .withSchema(Transaction.getClassSchema())
            .withDataModel(rows.get(0).getSpecificData())
            .build()) {
      for (Transaction row : rows) {
        writer.write(row);
      }
    }
  }

  private List<Transaction> transactions() {
    return chain.splits().stream().map(SplitBlock::transactions).flatMap(List::stream).toList();
  }

  @Test
  void shouldReadCommittedFilesOnlyAndSeeAFileCommittedTwiceAsDuplicates() throws IOException {
    write(new CommittedFileName(TOPIC, 0, 1).fileName(), transactions());
    write("devnet.confirmed.transactions.v1+0+0+1.parquet.tmp", transactions());

    List<Observed> once = new ColdStoreSnapshot(root.toUri(), CHAIN).rows();
    Map<String, Counts> clean = TruthChecker.compare(chain.derived(), once);
    assertThat(clean.get("transaction")).isEqualTo(new Counts(2, 2, 0, 0, 0, 0));
    assertThat(clean.get("block").missing()).isEqualTo(2);

    write(new CommittedFileName(TOPIC, 2, 3).fileName(), transactions());
    List<Observed> twice = new ColdStoreSnapshot(root.toUri(), CHAIN).rows();
    Counts counts = TruthChecker.compare(chain.derived(), twice).get("transaction");
    assertThat(counts.duplicated()).isEqualTo(2);
    assertThat(counts.altered()).isZero();
  }
}
