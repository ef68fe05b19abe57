package io.chainexplorer.sink.hdfs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CommittedFileNameTest {

  private final TopicPartition tp = new TopicPartition("eth-mainnet.confirmed.logs.v1", 3);

  @Test
  void shouldNameTopicPartitionAndInclusiveOffsetRange() {
    assertThat(new CommittedFileName(tp, 100, 149).fileName())
        .isEqualTo("eth-mainnet.confirmed.logs.v1+3+100+149.parquet");
  }

  @Test
  void shouldParseTheNameItFormats() {
    CommittedFileName name = new CommittedFileName(tp, 7, 7);

    assertThat(CommittedFileName.parse(name.fileName())).contains(name);
  }

  @Test
  void shouldIgnoreFilesThatAreNotCommittedFiles() {
    assertThat(CommittedFileName.parse("3f2a9c.parquet")).isEmpty();
    assertThat(CommittedFileName.parse("topic+1+2+x.parquet")).isEmpty();
    assertThat(CommittedFileName.parse("topic+1+2+3.parquet.crc")).isEmpty();
    assertThat(CommittedFileName.parse("topic+1+9+3.parquet")).isEmpty();
  }

  @Test
  void shouldRejectAnEmptyOrReversedRange() {
    assertThatThrownBy(() -> new CommittedFileName(tp, 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5..4");
  }
}
