package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RpcBlockSourceTest {

  private static final long BLOCK = 18_000_000L;
  private static final long PARITY_BLOCK = 483_920L;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T20:00:00Z"));
  private final JsonRpcStub stub = recordedCorpus();
  private final TestKeyPool pool =
      new TestKeyPool(clock)
          .add("infura", "SECRET-ONE", stub.url("SECRET-ONE"))
          .add("alchemy", "SECRET-TWO", stub.url("SECRET-TWO"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FetchMetrics metrics = new FetchMetrics("eth-mainnet");
  private RpcSettings settings = RpcSettings.defaults("eth-mainnet", 1);

  @AfterEach
  void close() {
    stub.close();
  }

  private RpcBlockSource source() {
    metrics.bindTo(registry);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, clock, clock, new Random(1));
    return new RpcBlockSource(client, settings, metrics, clock, clock);
  }

  @Test
  void shouldFetchBlockAndReceiptsInOneBatchOfTwoCallsWithProvenance() throws Exception {
    RawBlock block = source().blockByNumber(BLOCK).orElseThrow();

    RawBlock expected =
        new RawBlockMapper().map(Corpus.block18M(), Corpus.receipts18M(), block.getProvenance());
    assertThat(RawBlock.getEncoder().encode(block))
        .isEqualTo(RawBlock.getEncoder().encode(expected));
    assertThat(stub.exchanges()).isEqualTo(1);
    assertThat(stub.callsByMethod())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("eth_getBlockByNumber", 1L, "eth_getBlockReceipts", 1L));
    Provenance provenance = block.getProvenance();
    assertThat(provenance.getProviderAlias()).isEqualTo("infura/SECRET-ONE");
    assertThat(provenance.getFetchedAt()).isEqualTo(clock.instant());
    assertThat(provenance.getChainId()).isEqualTo(1L);
    assertThat(provenance.getVerification().getStatus()).isEqualTo(VerificationStatus.VERIFIED);
  }

  @Test
  void shouldAnswerEmptyWhenTheProviderDoesNotHaveTheBlockYet() throws Exception {
    assertThat(source().blockByNumber(BLOCK + 1)).isEmpty();

    stub.inject(Fault.of(Fault.Kind.NULL_RESULT).forMethod("eth_getBlockByNumber").times(1));
    assertThat(source().blockByNumber(BLOCK)).isEmpty();
  }

  @Test
  void shouldFetchReceiptsPerTransactionInChunksAndRememberTheEndpointLacksBlockReceipts()
      throws Exception {
    stub.inject(
        Fault.of(Fault.Kind.METHOD_NOT_FOUND)
            .forKey("SECRET-ONE")
            .forMethod("eth_getBlockReceipts"));
    RpcBlockSource source = source();

    RawBlock first = source.blockByNumber(BLOCK).orElseThrow();
    RawBlock second = source.blockByNumber(BLOCK).orElseThrow();

    assertThat(first.getReceipts()).hasSize(94);
    RawBlock sameProvenance =
        RawBlock.newBuilder(second).setProvenance(first.getProvenance()).build();
    assertThat(RawBlock.getEncoder().encode(sameProvenance))
        .isEqualTo(RawBlock.getEncoder().encode(first));
    assertThat(stub.calls("SECRET-ONE", "eth_getBlockReceipts")).isEqualTo(1);
    assertThat(stub.calls("SECRET-TWO", "eth_getBlockReceipts")).isEqualTo(1);
    assertThat(stub.callsOf("eth_getTransactionReceipt")).isEqualTo(94);
    // 94 receipts in batches of 50: two exchanges, besides the two block batches.
    assertThat(stub.exchanges()).isEqualTo(4);
    assertThat(stub.calls("SECRET-TWO", "eth_getBlockByNumber")).isEqualTo(1);
    assertThat(registry.get(FetchMetrics.FALLBACKS).tag("provider", "infura").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldFetchPreByzantiumParityBlockWhoseNodeHasNoBlockReceipts() throws Exception {
    settings = settings.withReceiptsBatchSize(3);
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("eth_getBlockReceipts"));

    RawBlock block = source().blockByNumber(PARITY_BLOCK).orElseThrow();

    JsonNode json = Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_with_logs/", "0x76250");
    new JsonRecordWalk().walkBlock(json, Corpus.etlReceipts(Corpus.ETL_RECEIPTS, json), block);
    assertThat(block.getReceipts()).allSatisfy(r -> assertThat(r.getRoot()).isNotNull());
    assertThat(stub.callsOf("eth_getTransactionReceipt")).isEqualTo(4);
    assertThat(stub.exchanges()).isEqualTo(3);
  }

  @Test
  void shouldRefetchWhenALaggingNodeLeavesOutAReceipt() throws Exception {
    stub.inject(Fault.of(Fault.Kind.DROP_LAST_RECEIPT).forMethod("eth_getBlockReceipts").times(1));

    RawBlock block = source().blockByNumber(BLOCK).orElseThrow();

    assertThat(block.getReceipts()).hasSize(94);
    assertThat(stub.callsOf("eth_getBlockReceipts")).isEqualTo(2);
    assertThat(mismatches("count")).isEqualTo(1);
    assertThat(clock.sleeps()).hasSize(1);
  }

  @Test
  void shouldGiveUpWhenReceiptsKeepCarryingAnotherBlockHash() {
    stub.inject(Fault.of(Fault.Kind.WRONG_RECEIPT_BLOCK_HASH));

    assertThatThrownBy(() -> source().blockByNumber(BLOCK))
        .isInstanceOf(RpcException.class)
        .hasMessage(
            "block 18000000: receipts did not match the block after 3 fetches, last block_hash"
                + " from infura/SECRET-ONE");
    assertThat(mismatches("block_hash")).isEqualTo(3);
  }

  @Test
  void shouldRefetchWhenPerTransactionReceiptIsMissing() throws Exception {
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("eth_getBlockReceipts"));
    stub.inject(Fault.of(Fault.Kind.NULL_RESULT).forMethod("eth_getTransactionReceipt").times(1));

    RawBlock block = source().blockByNumber(BLOCK).orElseThrow();

    assertThat(block.getReceipts()).hasSize(94);
    assertThat(mismatches("missing")).isEqualTo(1);
  }

  @Test
  void shouldRefetchAMalformedBlockAndNameBlockAndFieldWhenItStaysMalformed() {
    ObjectNode broken = Corpus.block18M().deepCopy();
    ((ObjectNode) broken.get("transactions").get(5)).put("nonce", "0xnope");
    stub.record("eth_getBlockByNumber", params("0x112a880", true), broken);

    assertThatThrownBy(() -> source().blockByNumber(BLOCK))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("block 18000000: field transactions[5].nonce");
    assertThat(stub.callsOf("eth_getBlockByNumber")).isEqualTo(3);
    assertThat(mismatches("malformed")).isEqualTo(2);
  }

  @Test
  void shouldRefuseABlockFromTheKeyThatClaimsMoreTransactionsThanTheCapAndFetchItElsewhere()
      throws Exception {
    settings = settings.toBuilder().maxBlockTransactions(94).build();
    stub.inject(
        Fault.alterResult(
                block -> {
                  ArrayNode txs = (ArrayNode) block.get("transactions");
                  txs.add(txs.get(0).deepCopy());
                  return block;
                })
            .forMethod("eth_getBlockByNumber")
            .times(1));

    RawBlock block = source().blockByNumber(BLOCK).orElseThrow();

    assertThat(block.getTransactions()).hasSize(94);
    assertThat(block.getProvenance().getProviderAlias()).isEqualTo("alchemy/SECRET-TWO");
    assertThat(
            registry
                .get(FetchMetrics.VIOLATIONS)
                .tags("alias", "infura/SECRET-ONE", "reason", "transactions")
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void shouldReadTheHeadNumber() throws Exception {
    assertThat(source().headNumber()).isEqualTo(BLOCK);
    assertThat(stub.callsByMethod()).containsOnlyKeys("eth_blockNumber");
  }

  /** Over every provider: a refetch goes to a key not tried yet for the block. */
  private double mismatches(String reason) {
    return registry.find(FetchMetrics.MISMATCHES).tag("reason", reason).counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private static JsonRpcStub recordedCorpus() {
    JsonRpcStub stub = JsonRpcStub.recorded();
    stub.record("eth_blockNumber", params(), TextNode.valueOf("0x112a880"));
    stub.record("eth_getBlockByNumber", params("0x112a880", true), Corpus.block18M());
    List<JsonNode> receipts = Corpus.receipts18M();
    ArrayNode all = Corpus.JSON.createArrayNode();
    receipts.forEach(all::add);
    stub.record("eth_getBlockReceipts", params("0x112a880"), all);
    receipts.forEach(
        r ->
            stub.record("eth_getTransactionReceipt", params(r.get("transactionHash").asText()), r));
    JsonNode parity = Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_with_logs/", "0x76250");
    stub.record("eth_getBlockByNumber", params("0x76250", true), parity);
    Corpus.etlReceipts(Corpus.ETL_RECEIPTS, parity)
        .forEach(
            r ->
                stub.record(
                    "eth_getTransactionReceipt", params(r.get("transactionHash").asText()), r));
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
