package io.chainexplorer.sink.scylla.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.scylla.ConnectRecords;
import io.chainexplorer.sink.scylla.SampleRecords;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RowMapperTest {

  private static final String TX = SampleRecords.hash("7a", 1);
  private static final String BLOCK = SampleRecords.hash("b1", 1);

  private final RowMapper mapper = new RowMapper();

  @Test
  void shouldWriteABlockByNumberAndByHash() {
    MappedRecord mapped = mapper.map(record(SampleRecords.block(7, BLOCK)));

    assertThat(mapped.rows())
        .extracting(r -> r.table().name())
        .containsExactlyInAnyOrder("blocks_by_number", "blocks_by_hash");
    Row byHash =
        mapped.rows().stream()
            .filter(r -> r.table() == Tables.BLOCKS_BY_HASH)
            .findFirst()
            .orElseThrow();
    assertThat(byHash.keyValues()).containsExactly(BLOCK);
    assertThat(byHash.get("block_number")).isEqualTo(7L);
    assertThat(byHash.table().keyedByBlockHash()).isTrue();
  }

  @Test
  void shouldWriteOneRowByHashAndOneForEachSideOfATransaction() {
    MappedRecord mapped = mapper.map(record(SampleRecords.transaction(TX, 1, BLOCK, 0)));

    assertThat(mapped.rows())
        .extracting(r -> r.table().name())
        .containsExactly(
            "transactions_by_hash", "transactions_by_address", "transactions_by_address");
    Row out = mapped.rows().get(1);
    assertThat(out.get("address")).isEqualTo(SampleRecords.ALICE);
    assertThat(out.get("direction")).isEqualTo("out");
    assertThat(out.get("bucket")).isEqualTo(202611);
    assertThat(mapped.rows().get(2).get("address")).isEqualTo(SampleRecords.BOB);
    assertThat(mapped.rows()).allSatisfy(r -> assertThat(r.get("block_hash")).isEqualTo(BLOCK));
    assertThat(mapped.rows().get(0).get("value"))
        .isEqualTo(SampleRecords.UINT256_MAX.toBigIntegerExact());
    assertThat(mapped.retracted()).isFalse();
  }

  @Test
  void shouldTreatAValueNoStoreCanHoldAsAPoisonRecord() {
    Transaction tx =
        Transaction.newBuilder(SampleRecords.transaction(TX, 1, BLOCK, 0))
            .setBlockTimestamp(Long.MAX_VALUE)
            .build();

    assertThatThrownBy(() -> mapper.map(record(tx)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("cannot hold");
  }

  @Test
  void shouldMarkTheRowsOfARetractedRecordForDeletion() {
    Transaction tx =
        Transaction.newBuilder(SampleRecords.transaction(TX, 1, BLOCK, 0))
            .setRetracted(true)
            .build();

    MappedRecord mapped = mapper.map(record(tx));

    assertThat(mapped.retracted()).isTrue();
    assertThat(mapped.rows()).hasSize(3);
    assertThat(mapped.identity()).isEqualTo("io.chainexplorer.avro.Transaction/key");
  }

  @Test
  void shouldWriteADecodedCallByContract() {
    MappedRecord mapped = mapper.map(record(SampleRecords.call(TX, 1, BLOCK)));

    assertThat(mapped.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.table().name()).isEqualTo("decoded_calls_by_contract");
              assertThat(row.get("function_name")).isEqualTo("transfer");
            });
  }

  @Test
  void shouldWriteNoRowForACallOrEventTheDecoderCouldNotDecode() {
    DecodedCall unknown =
        DecodedCall.newBuilder(SampleRecords.call(TX, 1, BLOCK))
            .setFunctionName("")
            .setSignature("")
            .setParameters(List.of())
            .setAbiSource(null)
            .setOutcome(DecodeOutcome.UNKNOWN_SELECTOR)
            .setReason("no ABI source knows 0xa9059cbb")
            .build();
    DecodedEvent malformed =
        DecodedEvent.newBuilder(SampleRecords.event(TX, 1, BLOCK, 0))
            .setEventName("")
            .setSignature("")
            .setParameters(List.of())
            .setAbiSource(null)
            .setOutcome(DecodeOutcome.MALFORMED)
            .setReason("data too short")
            .build();

    assertThat(mapper.map(record(unknown)).rows()).isEmpty();
    assertThat(mapper.map(record(malformed)).rows()).isEmpty();
    assertThat(mapper.map(record(SampleRecords.event(TX, 1, BLOCK, 0))).rows()).hasSize(1);
  }

  @Test
  void shouldWriteATokenTransferByTokenAndByBothAddresses() {
    MappedRecord mapped = mapper.map(record(SampleRecords.transfer(TX, 1, BLOCK, 3)));

    assertThat(mapped.rows())
        .extracting(r -> r.table().name())
        .containsExactly(
            "token_transfers_by_token", "token_transfers_by_address", "token_transfers_by_address");
    assertThat(mapped.rows().get(0).get("amount")).isEqualTo(BigInteger.valueOf(5));
    assertThat(mapped.rows().get(0).get("standard")).isEqualTo("ERC20");
  }

  @Test
  void shouldRenderDecodedParametersAsJson() {
    MappedRecord mapped = mapper.map(record(SampleRecords.call(TX, 1, BLOCK)));

    assertThat(mapped.rows().get(0).get("parameters"))
        .isEqualTo(
            "[{\"name\":\"to\",\"type\":\"address\",\"indexed\":false,\"value\":\""
                + SampleRecords.BOB
                + "\"}]");
  }

  @Test
  void shouldBucketChainMetricsByDay() {
    MappedRecord mapped = mapper.map(record(SampleRecords.metrics(0)));

    assertThat(mapped.rows().get(0).get("day")).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(mapped.rows().get(0).table().retractable()).isFalse();
  }

  @Test
  void shouldWriteALogByItsEmittingAddressWithItsTopicsSpread() {
    Log log =
        Log.newBuilder()
            .setBlockNumber(1L)
            .setBlockHash(BLOCK)
            .setBlockTimestamp(SampleRecords.BLOCK_TIME)
            .setTransactionHash(TX)
            .setTransactionIndex(2L)
            .setLogIndex(5L)
            .setAddress(SampleRecords.TOKEN)
            .setTopics(List.of(SampleRecords.hash("70", 0), SampleRecords.hash("71", 1)))
            .setData("0x01")
            .setRetracted(false)
            .build();

    Row row = mapper.map(record(log)).rows().get(0);

    assertThat(row.table()).isEqualTo(Tables.LOGS_BY_ADDRESS);
    assertThat(row.keyValues()).containsExactly(SampleRecords.TOKEN, 202611, 1L, 5L);
    assertThat(row.get("topic0")).isEqualTo(SampleRecords.hash("70", 0));
    assertThat(row.get("topic1")).isEqualTo(SampleRecords.hash("71", 1));
    assertThat(row.get("topic2")).isNull();
    assertThat(row.get("data")).isEqualTo("0x01");
  }

  @Test
  void shouldRejectAnEntityTheSinkDoesNotStore() {
    BlockRetraction retraction =
        BlockRetraction.newBuilder()
            .setBlockNumber(1L)
            .setBlockHash(BLOCK)
            .setBlockTimestamp(1L)
            .setCanonicalBlockHash(BLOCK)
            .setDepth(1L)
            .setDetectedAt(java.time.Instant.EPOCH)
            .build();

    assertThatThrownBy(() -> mapper.map(record(retraction)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("io.chainexplorer.avro.BlockRetraction");
  }

  @Test
  void shouldRejectATransactionWithAnEmptyHash() {
    assertThatThrownBy(() -> mapper.map(record(SampleRecords.transaction("", 1, BLOCK, 0))))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("hash");
  }

  @Test
  void shouldRejectATransactionWithoutBlockTimeAsARecordWithoutTheExpectedFields() {
    SinkRecord complete = record(SampleRecords.transaction(TX, 1, BLOCK, 0));
    Struct full = (Struct) complete.value();
    Struct missing = new Struct(full.schema());
    for (Field field : full.schema().fields()) {
      if (!field.name().equals("blockTimestamp")) {
        missing.put(field, full.get(field));
      }
    }
    SinkRecord record =
        complete.newRecord(
            complete.topic(), 0, null, "key", full.schema(), missing, complete.timestamp());

    assertThatThrownBy(() -> mapper.map(record))
        .isInstanceOf(DataException.class)
        .hasMessage("record of io.chainexplorer.avro.Transaction does not have the expected fields")
        .hasRootCauseMessage("field blockTimestamp is missing");
  }

  private static SinkRecord record(SpecificRecord value) {
    return ConnectRecords.of(value, "key", 0L);
  }
}
