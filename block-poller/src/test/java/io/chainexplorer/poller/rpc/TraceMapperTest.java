package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.avro.VerificationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both trace formats of the same anvil 1.7.1 blocks: block 1 deploys a contract, block 2 calls it
 * (it sends the call's value on to 0x…dead, creates a child with CREATE and one with CREATE2, and
 * tries a creation whose init code reverts) next to a plain transfer.
 */
class TraceMapperTest {

  private static final String DIR = "anvil-traces/";
  private static final String CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

  @Test
  void shouldMapCallTracerAndTraceBlockToTheSameFramesWhenTheyTraceOneBlock() throws Exception {
    for (int number : List.of(1, 2)) {
      RawBlock block = block(number);

      List<RawTrace> fromCallTracer = map(block, TraceMethod.CALL_TRACER, "calltracer-");
      List<RawTrace> fromTraceBlock = map(block, TraceMethod.TRACE_BLOCK, "trace_block-");

      assertThat(fromTraceBlock).isEqualTo(fromCallTracer).isNotEmpty();
    }
  }

  @Test
  void shouldFlattenTheCallTreeDepthFirstWithValuesCreationsAndErrors() throws Exception {
    List<RawTrace> frames = map(block(2), TraceMethod.CALL_TRACER, "calltracer-");

    assertThat(frames)
        .extracting(f -> f.getTraceAddress().toString() + " " + f.getCallType())
        .containsExactly(
            "[] call", "[0] call", "[1] create", "[2] create2", "[3] create", "[] call");
    assertThat(frames.get(1).getTo()).isEqualTo("0x000000000000000000000000000000000000dead");
    assertThat(frames.get(1).getValue()).isEqualTo(new BigDecimal(100));
    assertThat(frames.get(2).getTo()).isEqualTo("0xa16e02e87b7454126e5e10d957a927a7f5b5d2be");
    assertThat(frames.get(3).getTo()).isEqualTo("0x58aabfc5a69cc51df93f204f144ca4c8b40b9085");
    assertThat(frames.get(4).getTo()).as("a reverted creation creates nothing").isNull();
    assertThat(frames.get(4).getError()).isEqualTo("execution reverted");
    assertThat(frames.get(4).getInput()).isEqualTo("0x60006000fd");
    assertThat(frames).extracting(RawTrace::getFrom).element(1).isEqualTo(CONTRACT);
    assertThat(frames.get(5).getTransactionIndex()).isEqualTo(1);
  }

  @Test
  void shouldGiveTheTopFrameTheTransactionsGasLimitAndTheReceiptsGasUsed() throws Exception {
    RawBlock block = block(2);

    for (TraceMethod method : TraceMethod.values()) {
      String prefix = method == TraceMethod.CALL_TRACER ? "calltracer-" : "trace_block-";
      List<RawTrace> tops =
          map(block, method, prefix).stream().filter(f -> f.getTraceAddress().isEmpty()).toList();

      // anvil answers 0x1fd4c (trace_block, no intrinsic gas) and 0x24fe0 (callTracer) for the
      // first, and the block's running total 0x2a1e8 (callTracer) for the second.
      assertThat(tops).extracting(RawTrace::getGasUsed).containsExactly(151_520L, 21_000L);
      assertThat(tops)
          .extracting(RawTrace::getGas)
          .containsExactly(
              block.getTransactions().get(0).getGas(), block.getTransactions().get(1).getGas());
    }
    assertThat(block.getReceipts().get(0).getGasUsed()).isEqualTo(151_520L);
  }

  @Test
  void shouldRefuseTracesOfAnotherBlock() throws Exception {
    RawBlock block = block(2);
    JsonNode otherBlocks = Corpus.result(DIR + "trace_block-1.json");
    ArrayNode missingOne = (ArrayNode) Corpus.result(DIR + "calltracer-2.json").deepCopy();
    missingOne.remove(1);

    assertThatThrownBy(() -> new TraceMapper(block).map(TraceMethod.TRACE_BLOCK, otherBlocks))
        .isInstanceOf(MalformedBlockException.class);
    assertThatThrownBy(() -> new TraceMapper(block).map(TraceMethod.CALL_TRACER, missingOne))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("1 entries for 2 transactions");
  }

  @Test
  void shouldRecordTheMethodAndThatNoHeaderCoversTraces() throws Exception {
    RawBlock block = block(2);
    JsonNode result = Corpus.result(DIR + "trace_block-2.json");

    RawBlock traced =
        BlockTraces.attach(block, new FetchedTraces(TraceMethod.TRACE_BLOCK, "erigon/one", result));
    RawBlock untraced = BlockTraces.attach(block, FetchedTraces.unavailable("infura/main"));

    assertThat(traced.getTraces()).hasSize(6);
    assertThat(traced.getProvenance().getTraces().getMethod()).isEqualTo("trace_block");
    assertThat(traced.getProvenance().getTraces().getVerification())
        .isEqualTo(VerificationStatus.NOT_APPLICABLE);
    assertThat(untraced.getTraces()).isNull();
    assertThat(untraced.getProvenance().getTraces().getMethod()).isEqualTo(BlockTraces.NONE);
    assertThat(untraced.getProvenance().getTraces().getProviderAlias()).isEqualTo("infura/main");
  }

  private static List<RawTrace> map(RawBlock block, TraceMethod method, String prefix)
      throws MalformedBlockException {
    JsonNode result = Corpus.result(DIR + prefix + block.getBlockNumber() + ".json");
    return new TraceMapper(block).map(method, result);
  }

  static RawBlock block(int number) throws MalformedBlockException {
    JsonNode json = Corpus.result(DIR + "block-" + number + ".json");
    List<JsonNode> receipts = Corpus.list(Corpus.result(DIR + "receipts-" + number + ".json"));
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias("anvil/one")
            .setFetchedAt(Instant.EPOCH)
            .setChainId(31_337)
            .build();
    return new RawBlockMapper().map(json, receipts, provenance);
  }
}
