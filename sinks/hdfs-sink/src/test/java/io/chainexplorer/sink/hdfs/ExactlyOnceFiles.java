package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.sink.hdfs.ParquetFiles.ReadFile;
import io.chainexplorer.testsupport.HdfsEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The outcome a crash test expects: every produced offset in exactly one committed file. */
final class ExactlyOnceFiles {

  private ExactlyOnceFiles() {}

  /**
   * Waits until the files of {@code topic} reach its last offset, then reads every one back: their
   * ranges cover each offset once, their rows are {@code produced} in order, no temporary is left.
   */
  static void assertEveryOffsetOnce(
      HdfsEndpoint hdfs,
      SinkFixture fixture,
      String topic,
      List<GenericRecord> produced,
      Duration patience)
      throws IOException {
    List<ReadFile> files = awaitThrough(hdfs, fixture, produced.size() - 1L, patience);
    List<Long> offsets =
        files.stream()
            .flatMap(
                f -> LongStream.rangeClosed(f.name().startOffset(), f.name().endOffset()).boxed())
            .toList();
    assertThat(offsets)
        .containsExactlyElementsOf(LongStream.range(0, produced.size()).boxed().toList());
    assertThat(files.stream().flatMap(f -> f.rows().stream()).map(GenericData.get()::toString))
        .containsExactlyElementsOf(produced.stream().map(GenericData.get()::toString).toList());
    assertThat(ParquetFiles.all(hdfs.fileSystem(), fixture.tempDir(topic))).isEmpty();
  }

  private static List<ReadFile> awaitThrough(
      HdfsEndpoint hdfs, SinkFixture fixture, long lastOffset, Duration patience) {
    List<List<ReadFile>> seen = new ArrayList<>(List.of(List.of()));
    await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              seen.set(0, ParquetFiles.committed(hdfs.fileSystem(), fixture.root()));
              return seen.get(0).stream().mapToLong(f -> f.name().endOffset()).max().orElse(-1)
                  >= lastOffset;
            });
    return seen.get(0);
  }
}
