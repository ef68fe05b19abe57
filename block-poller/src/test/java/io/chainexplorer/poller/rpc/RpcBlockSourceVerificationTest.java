package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationResult;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.verify.UnverifiableBlockException;
import io.chainexplorer.poller.verify.VerificationPolicy;
import io.chainexplorer.poller.verify.VerificationPolicy.BlockRange;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Block 18,000,000 served by an honest and a tampering provider: only verified data comes out. */
class RpcBlockSourceVerificationTest {

  private static final long BLOCK = 18_000_000L;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T20:00:00Z"));
  private final JsonRpcStub honest = corpus(receipts -> {});
  private final JsonRpcStub tampering = corpus(RpcBlockSourceVerificationTest::alterLogData);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FetchMetrics metrics = new FetchMetrics("eth-mainnet");

  @AfterEach
  void close() {
    honest.close();
    tampering.close();
  }

  @Test
  void shouldRefetchFromTheOtherProviderWhenOneServesAnAlteredLog() throws Exception {
    TestKeyPool pool =
        new TestKeyPool(clock)
            .add("shady", "SECRET-ONE", tampering.url("SECRET-ONE"))
            .add("alchemy", "SECRET-TWO", honest.url("SECRET-TWO"));

    RawBlock block = source(pool, VerificationPolicy.full()).blockByNumber(BLOCK).orElseThrow();

    VerificationResult result = block.getProvenance().getVerification();
    assertThat(result.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(result.getDetail()).contains("shady/SECRET-ONE");
    assertThat(block.getProvenance().getProviderAlias()).isEqualTo("alchemy/SECRET-TWO");
    assertThat(verifications("mismatch", "receipts_root")).isEqualTo(1);
    assertThat(verifications("verified", "none")).isEqualTo(1);
    assertThat(halted()).isZero();
  }

  @Test
  void shouldStopWithTheReportAndTheMetricWhenEveryProviderTampers() {
    TestKeyPool pool =
        new TestKeyPool(clock)
            .add("shady", "SECRET-ONE", tampering.url("SECRET-ONE"))
            .add("murky", "SECRET-TWO", tampering.url("SECRET-TWO"));

    assertThatThrownBy(() -> source(pool, VerificationPolicy.full()).blockByNumber(BLOCK))
        .isInstanceOf(UnverifiableBlockException.class)
        .hasMessageContaining("block 18000000 failed verification from every key tried")
        .hasMessageContaining("shady/SECRET-ONE, murky/SECRET-TWO")
        .hasMessageContaining("receipts_root");
    assertThat(verifications("mismatch", "receipts_root")).isEqualTo(3);
    assertThat(halted()).isEqualTo(1);
  }

  @Test
  void shouldMarkBlocksNotApplicableWhenVerificationIsOffOrSkipsTheirRange() throws Exception {
    TestKeyPool pool =
        new TestKeyPool(clock).add("shady", "SECRET-ONE", tampering.url("SECRET-ONE"));
    VerificationPolicy skipping =
        new VerificationPolicy(true, List.of(new BlockRange(17_000_000L, BLOCK)), 3);

    for (VerificationPolicy policy : List.of(VerificationPolicy.off(), skipping)) {
      RawBlock block = source(pool, policy).blockByNumber(BLOCK).orElseThrow();

      VerificationResult result = block.getProvenance().getVerification();
      assertThat(result.getStatus()).isEqualTo(VerificationStatus.NOT_APPLICABLE);
      assertThat(result.getDetail()).isNotBlank();
    }
    assertThat(verifications("not_applicable", "none")).isEqualTo(2);
  }

  private RpcBlockSource source(TestKeyPool pool, VerificationPolicy policy) {
    metrics.bindTo(registry);
    RpcSettings settings = RpcSettings.defaults("eth-mainnet", 1).withVerification(policy);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, clock, clock, new Random(1));
    return new RpcBlockSource(client, settings, metrics, clock, clock);
  }

  private double verifications(String result, String check) {
    return registry
        .find(FetchMetrics.VERIFICATIONS)
        .tag("result", result)
        .tag("check", check)
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private double halted() {
    return registry.get(FetchMetrics.HALTED).gauge().value();
  }

  /** One byte of the first log's data changed: the receipts still pair with the block. */
  private static void alterLogData(ArrayNode receipts) {
    for (JsonNode receipt : receipts) {
      JsonNode logs = receipt.get("logs");
      if (!logs.isEmpty()) {
        ObjectNode log = (ObjectNode) logs.get(0);
        String data = log.get("data").asText();
        log.put("data", data.substring(0, data.length() - 1) + (data.endsWith("0") ? "1" : "0"));
        return;
      }
    }
  }

  private static JsonRpcStub corpus(Consumer<ArrayNode> tamper) {
    JsonRpcStub stub = JsonRpcStub.recorded();
    ArrayNode receipts = Corpus.JSON.createArrayNode();
    Corpus.receipts18M().forEach(receipts::add);
    tamper.accept(receipts);
    stub.record("eth_getBlockByNumber", params("0x112a880", true), Corpus.block18M());
    stub.record("eth_getBlockReceipts", params("0x112a880"), receipts);
    return stub;
  }

  private static ArrayNode params(Object... values) {
    ArrayNode array = Corpus.JSON.createArrayNode();
    for (Object value : values) {
      array.add(Corpus.JSON.valueToTree(value));
    }
    return array;
  }
}
