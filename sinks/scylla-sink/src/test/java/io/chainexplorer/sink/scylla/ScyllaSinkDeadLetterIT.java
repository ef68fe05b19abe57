package io.chainexplorer.sink.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.records.HostilePayloads;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Records the connector cannot read or write go to its dead-letter topic; the rest are written.
 * Runs against a Connect worker in a child JVM of 256 MB, which the gigabyte a hostile frame
 * declares would overflow.
 */
class ScyllaSinkDeadLetterIT extends ScyllaSinkItSupport {

  @Test
  void shouldSendPoisonRecordsToTheDeadLetterTopicAndWriteTheRest(KafkaEndpoint kafka) {
    harness.produce("transactions", T1, SampleRecords.transaction(T1, 1, B1, 0));
    harness.produce("transactions", "no-hash", SampleRecords.transaction("", 1, B1, 1));
    harness.produceRaw("transactions", "garbage", new byte[] {0, 0, 0, 0, 42, 1, 2, 3});
    int id = harness.valueSchemaId("transactions", SampleRecords.transaction(T1, 1, B1, 0));
    harness.produceRaw(
        "transactions", "huge", WireFormat.frame(id, HostilePayloads.gigabyteString()));
    harness.produceRaw(
        "transactions", "short", WireFormat.frame(id, HostilePayloads.stringLongerThanItsFrame()));
    Transaction oversized =
        Transaction.newBuilder(SampleRecords.transaction(T2, 1, B1, 2))
            .setTo("0x" + "ab".repeat(40_000))
            .build();
    harness.produce("transactions", "oversized-key", oversized);
    String t3 = SampleRecords.hash("7a", 3);
    harness.produce("transactions", t3, SampleRecords.transaction(t3, 1, B1, 3));

    startConnector(config());

    var dead =
        kafka.awaitCommitted(
            harness.dlqTopic,
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer(),
            5,
            SinkHarness.timeout());
    assertThat(dead)
        .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrder("no-hash", "garbage", "huge", "short", "oversized-key");
    assertThat(errorMessage(dead.get(0).headers().lastHeader("__connect.errors.exception.message")))
        .contains("hash");
    await().atMost(SinkHarness.timeout()).until(harness::caughtUp);
    assertThat(all("SELECT tx_hash FROM %s.transactions_by_hash"))
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder(T1, T2, t3);
  }

  @Test
  void shouldRefuseADeadLetterTopicWhenErrorsAreNotTolerated() {
    Map<String, String> config = config();
    config.put("errors.tolerance", "none");

    assertThatThrownBy(() -> connect.createConnector(harness.connector, config))
        .hasMessageContaining("errors.tolerance=all");
  }

  private static String errorMessage(Header header) {
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }
}
