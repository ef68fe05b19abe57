package io.chainexplorer.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.hdfs.partition.PartitionPath;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStoreReaderTest {

  private static final String CHAIN = "cold-test";
  private static final String TOPIC = CHAIN + ".confirmed.transactions.v1";
  private static final long TIME = 1_693_066_895L;

  @TempDir Path root;

  @Test
  void shouldReadTheCommittedRowsOfTheBlockWithTheLaterOffsetWinningPerKey() throws IOException {
    GenericData.Record first = tx(1, 10);
    GenericData.Record second = tx(2, 10);
    GenericData.Record otherBlock = tx(3, 11);
    GenericData.Record rewritten = new GenericData.Record(first, true);
    rewritten.put("gasUsed", 99L);
    write("transaction", TOPIC + "+0+0+2.parquet", List.of(first, second, otherBlock));
    write("transaction", TOPIC + "+0+3+3.parquet", List.of(rewritten));
    write("transaction", "not-committed.parquet", List.of(tx(4, 10)));

    BlockContent content;
    try (ColdStoreReader reader = ColdStoreReader.open(root.toUri(), null, CHAIN, 10, 11)) {
      content = reader.contentOf(10, TIME);
    }

    assertThat(content.records(DerivedEntity.TRANSACTION))
        .containsOnlyKeys(key(first), key(second));
    assertThat(content.records(DerivedEntity.TRANSACTION).get(key(first)))
        .isEqualTo(CanonicalEncoding.of(DerivedEntity.TRANSACTION).encode(rewritten));
  }

  @Test
  void shouldHashWhatItReadsLikeTheSameRecordsDerivedAsGeneratedClasses() throws IOException {
    GenericData.Record block = SampleRecords.raw(Block.getClassSchema(), 1, 10, TIME);
    List<GenericData.Record> txs = List.of(tx(1, 10), tx(2, 10));
    write("block", CHAIN + ".confirmed.blocks.v1+0+5+5.parquet", List.of(block));
    write("transaction", TOPIC + "+0+0+1.parquet", txs);
    BlockContent.Builder derived =
        BlockContent.builder(10).add(DerivedEntity.BLOCK, SampleRecords.<Block>specific(block));
    for (GenericData.Record tx : List.of(txs.get(1), txs.get(0))) {
      derived.add(DerivedEntity.TRANSACTION, SampleRecords.<Transaction>specific(tx));
    }

    BlockContent stored;
    try (ColdStoreReader reader = ColdStoreReader.open(root.toUri(), null, CHAIN, 10, 10)) {
      stored = reader.contentOf(10, TIME);
    }

    assertThat(stored.hash()).isEqualTo(derived.build().hash());
  }

  @Test
  void shouldFindNothingOfABlockOutsideTheRangeOrWithoutDirectoryOrOnlyInTemporaryFiles()
      throws IOException {
    write("transaction", TOPIC + "+0+0+0.parquet", List.of(tx(1, 12)));
    Path temp = root.resolve("_tmp/" + TOPIC + "+0");
    Files.createDirectories(temp);
    writeFile(temp.resolve("5f0c.parquet"), List.of(tx(2, 10)));

    try (ColdStoreReader reader =
        ColdStoreReader.open(URI.create(root.toString()), null, CHAIN, 10, 11)) {
      assertThat(reader.contentOf(12, TIME).isEmpty()).isTrue();
      assertThat(reader.contentOf(10, TIME).isEmpty()).isTrue();
      assertThat(reader.contentOf(11, TIME + 7200).isEmpty()).isTrue();
    }
  }

  private static GenericData.Record tx(long seed, long block) {
    return SampleRecords.raw(Transaction.getClassSchema(), seed, block, TIME);
  }

  private static String key(GenericRecord tx) {
    return DerivedEntity.TRANSACTION.keyOf(tx);
  }

  private void write(String entity, String fileName, List<GenericData.Record> rows)
      throws IOException {
    Path directory = root.resolve(PartitionPath.of(CHAIN, entity, TIME));
    Files.createDirectories(directory);
    writeFile(directory.resolve(fileName), rows);
  }

  private static void writeFile(Path file, List<GenericData.Record> rows) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(path, new Configuration()))
            .withSchema(rows.get(0).getSchema())
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row : rows) {
        writer.write(row);
      }
    }
  }
}
