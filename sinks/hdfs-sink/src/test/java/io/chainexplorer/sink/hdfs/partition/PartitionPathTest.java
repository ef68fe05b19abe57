package io.chainexplorer.sink.hdfs.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.TokenTransfer;
import java.time.Instant;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class PartitionPathTest {

  @Test
  void shouldPartitionByUtcDateAndHourOfTheBlockTime() {
    long seconds = Instant.parse("2024-12-31T23:59:59Z").getEpochSecond();

    assertThat(PartitionPath.of("eth-mainnet", "transaction", seconds))
        .isEqualTo("eth-mainnet/transaction/date=2024-12-31/hour=23");
    assertThat(PartitionPath.of("eth-mainnet", "transaction", seconds + 1))
        .isEqualTo("eth-mainnet/transaction/date=2025-01-01/hour=00");
  }

  @Test
  void shouldNameTheEntityAfterTheSchemaInKebabCase() {
    assertThat(EntityName.of(TokenTransfer.getClassSchema().getFullName()))
        .isEqualTo("token-transfer");
    assertThat(EntityName.of(ContractCreation.getClassSchema().getFullName()))
        .isEqualTo("contract-creation");
  }

  @Test
  void shouldRejectASchemaOutsideTheProjectNamespace() {
    assertThatThrownBy(() -> EntityName.of("com.example.Transfer"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("com.example.Transfer");
    assertThatThrownBy(() -> EntityName.of(null)).isInstanceOf(DataException.class);
  }
}
