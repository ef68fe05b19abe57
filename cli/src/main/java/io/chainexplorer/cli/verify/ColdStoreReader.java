package io.chainexplorer.cli.verify;

import io.chainexplorer.sink.hdfs.partition.PartitionPath;
import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reads what the HDFS sink committed of a block range, through the Hadoop FileSystem API ({@code
 * hdfs://}, {@code file:///}): for a block, the committed files of each entity's block-time
 * directory, their rows of that block in canonical form. Temporary files are never read; of two
 * rows with one key, the one at the higher offset wins, as an upsert by key would keep it.
 */
public final class ColdStoreReader implements AutoCloseable {

  private final FileSystem fs;
  private final Path root;
  private final String chain;
  private final long from;
  private final long to;
  private final Map<DerivedEntity, Directory> lastRead = new EnumMap<>(DerivedEntity.class);

  /** The rows of one directory, by block number, of blocks within the range only. */
  private record Directory(String path, Map<Long, SortedMap<String, byte[]>> byBlock) {}

  private ColdStoreReader(FileSystem fs, Path root, String chain, long from, long to) {
    this.fs = fs;
    this.root = root;
    this.chain = chain;
    this.from = from;
    this.to = to;
  }

  /**
   * Opens the cold store whose sink {@code root.dir} is {@code rootUri} (a path without scheme is
   * local), for blocks {@code from..to} of {@code chain}.
   *
   * @param hadoopConfDir directory of {@code core-site.xml}/{@code hdfs-site.xml}, or null
   */
  public static ColdStoreReader open(
      URI rootUri, String hadoopConfDir, String chain, long from, long to) throws IOException {
    URI root =
        rootUri.getScheme() == null
            ? java.nio.file.Path.of(rootUri.getPath()).toAbsolutePath().toUri()
            : rootUri;
    String authority = root.getAuthority() == null ? "" : root.getAuthority();
    URI fileSystem = URI.create(root.getScheme() + "://" + authority + "/");
    Configuration conf = HadoopConfigurations.of(fileSystem, hadoopConfDir);
    // A private instance: closing it must not close a cached one another user of this JVM holds.
    FileSystem fs = FileSystem.newInstance(fileSystem, conf);
    return new ColdStoreReader(fs, fs.makeQualified(new Path(root)), chain, from, to);
  }

  /**
   * What the cold store holds of block {@code blockNumber}, whose block time is {@code
   * blockTimestamp} (seconds): empty when it holds nothing of it.
   */
  public BlockContent contentOf(long blockNumber, long blockTimestamp) {
    BlockContent.Builder content = BlockContent.builder(blockNumber);
    for (DerivedEntity entity : DerivedEntity.values()) {
      String directory = PartitionPath.of(chain, entity.directory(), blockTimestamp);
      Directory read = lastRead.get(entity);
      if (read == null || !read.path().equals(directory)) {
        read = new Directory(directory, load(entity, new Path(root, directory)));
        // Blocks come in order, so an entity's earlier directories are not needed again.
        lastRead.put(entity, read);
      }
      read.byBlock()
          .getOrDefault(blockNumber, new TreeMap<>())
          .forEach((key, bytes) -> content.add(entity, key, bytes));
    }
    return content.build();
  }

  private Map<Long, SortedMap<String, byte[]>> load(DerivedEntity entity, Path directory) {
    Map<Long, SortedMap<String, byte[]>> byBlock = new HashMap<>();
    CanonicalEncoding encoding = CanonicalEncoding.of(entity);
    for (Path file : committedFiles(directory)) {
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(file, fs.getConf()))
              // Raw data (decimals as bytes), exactly as the sink wrote it.
              .withDataModel(GenericData.get())
              .build()) {
        for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
          long number = ((Number) row.get("blockNumber")).longValue();
          if (number >= from && number <= to) {
            byBlock
                .computeIfAbsent(number, n -> new TreeMap<>())
                .put(entity.keyOf(row), encoding.encode(row));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read cold-store file " + file, e);
      }
    }
    return byBlock;
  }

  /** The directory's committed files, by topic, partition and first offset. */
  private List<Path> committedFiles(Path directory) {
    try {
      if (!fs.exists(directory)) {
        return List.of();
      }
      List<Map.Entry<CommittedFileName, Path>> files = new ArrayList<>();
      for (FileStatus status : fs.listStatus(directory)) {
        CommittedFileName.parse(status.getPath().getName())
            .ifPresent(name -> files.add(Map.entry(name, status.getPath())));
      }
      files.sort(
          Comparator.comparing(
                  (Map.Entry<CommittedFileName, Path> f) -> f.getKey().topicPartition().topic())
              .thenComparingInt(f -> f.getKey().topicPartition().partition())
              .thenComparingLong(f -> f.getKey().startOffset()));
      return files.stream().map(Map.Entry::getValue).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list cold-store directory " + directory, e);
    }
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }
}
