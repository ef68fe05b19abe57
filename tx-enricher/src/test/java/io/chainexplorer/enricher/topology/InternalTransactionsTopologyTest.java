package io.chainexplorer.enricher.topology;

import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.avro.TraceProvenance;
import io.chainexplorer.avro.VerificationStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Internal transactions from traced raw blocks, as on the anvil devnet: a contract deployed at the
 * top level, then a call that forwards its value, creates two children (CREATE, CREATE2) and tries
 * a creation that reverts, and a call whose failed frame's own creation is undone with it.
 */
class InternalTransactionsTopologyTest {

  private static final String FORWARDER = address(0xf0);
  private static final String SENDER = address(1);
  private static final String CHILD = address(0xc1);
  private static final String SALTED_CHILD = address(0xc2);
  private static final String UNDONE_CHILD = address(0xc3);

  private final EnricherDriver enricher = new EnricherDriver();

  @AfterEach
  void close() {
    enricher.close();
  }

  @Test
  void shouldPublishOneRecordPerFrameKeyedByTransactionAndTraceAddress() {
    RawBlockBuilder builder = forwarderBlock(200, "a");
    enricher.pipe(traced(builder));

    List<KeyValue<String, InternalTransaction>> frames =
        enricher.output(enricher.topics.internalTransactions()).readKeyValuesToList();

    String deploy = builder.transactionHash(0);
    String call = builder.transactionHash(1);
    assertThat(frames)
        .extracting(kv -> kv.key)
        .containsExactly(
            deploy + ":",
            call + ":",
            call + ":0",
            call + ":1",
            call + ":2",
            call + ":3",
            call + ":4",
            call + ":4.0");
    InternalTransaction forwarded = frames.get(2).value;
    assertThat(forwarded.getValue()).isEqualTo(new BigDecimal("100"));
    assertThat(forwarded.getDepth()).isEqualTo(1);
    assertThat(forwarded.getFrom()).isEqualTo(FORWARDER);
    assertThat(forwarded.getInputSelector()).isEqualTo("0xa9059cbb");
    assertThat(forwarded.getTraceSource()).isEqualTo("trace_block");
    assertThat(frames.get(1).value.getInputSelector()).as("under 4 bytes of input").isNull();
    assertThat(frames.get(5).value.getError()).isEqualTo("execution reverted");
    assertThat(frames.get(5).value.getInputSelector()).as("init code has no selector").isNull();
  }

  @Test
  void shouldAddFactoryCreatedContractsOnceAndNeverThoseOfFailedFrames() {
    enricher.pipe(traced(forwarderBlock(201, "a")));

    List<ContractCreation> contracts =
        enricher.output(enricher.topics.contracts()).readValuesToList();

    assertThat(contracts)
        .extracting(ContractCreation::getAddress)
        .containsExactly(FORWARDER, CHILD, SALTED_CHILD);
    assertThat(contracts.get(0).getCreatedByFactory()).isFalse();
    assertThat(contracts.subList(1, 3))
        .allSatisfy(
            c -> {
              assertThat(c.getCreatedByFactory()).isTrue();
              assertThat(c.getCreator()).isEqualTo(FORWARDER);
            });
  }

  @Test
  void shouldRetractInternalTransactionsWithTheirBlock() {
    RawBlock orphan = traced(forwarderBlock(202, "a"));
    RawBlock canonical =
        RawBlockBuilder.block(202, "b").nativeTransfer(address(5), address(6), 1).build();
    enricher.pipe(orphan);
    List<String> live = enricher.keys(enricher.topics.internalTransactions());

    enricher.retract(orphan, canonical.getBlockHash());
    enricher.pipe(canonical);

    List<KeyValue<String, InternalTransaction>> retracted =
        enricher.output(enricher.topics.internalTransactions()).readKeyValuesToList();
    assertThat(retracted).extracting(kv -> kv.key).containsExactlyElementsOf(live);
    assertThat(retracted)
        .allSatisfy(
            kv -> {
              assertThat(kv.value.getRetracted()).isTrue();
              assertThat(kv.value.getBlockHash()).isEqualTo(orphan.getBlockHash());
            });
  }

  @Test
  void shouldPublishConfirmedInternalTransactionsAndNoneForAnUntracedBlock() {
    enricher.confirmedRawBlocks.pipeInput(203L, traced(forwarderBlock(203, "a")));
    enricher.pipe(forwarderBlock(204, "a").build());

    assertThat(enricher.output(enricher.topics.confirmedInternalTransactions()).getQueueSize())
        .isEqualTo(8);
    assertThat(enricher.output(enricher.topics.internalTransactions()).isEmpty()).isTrue();
  }

  @Test
  void shouldCountInternalCallsAndOnlyTheValueThatMovedInTheChainMetrics() {
    enricher.pipe(traced(forwarderBlock(205, "a")));

    ChainMetrics minute = enricher.output(enricher.topics.chainMetrics()).readValue();

    assertThat(minute.getInternalCallCount()).isEqualTo(6L);
    // The forwarded 100 wei; the failed call's 7 wei never moved.
    assertThat(minute.getInternalValueMoved()).isEqualByComparingTo("100");
  }

  @Test
  void shouldLeaveTheInternalFiguresOfAnUntracedMinuteNull() {
    enricher.pipe(forwarderBlock(206, "a").build());

    ChainMetrics minute = enricher.output(enricher.topics.chainMetrics()).readValue();

    assertThat(minute.getTransactionCount()).isEqualTo(2L);
    assertThat(minute.getInternalCallCount()).isNull();
    assertThat(minute.getInternalValueMoved()).isNull();
  }

  private static RawBlockBuilder forwarderBlock(long number, String fork) {
    return RawBlockBuilder.block(number, fork)
        .contractCreation(SENDER, FORWARDER)
        .nativeTransfer(SENDER, FORWARDER, 100);
  }

  /** The block with the frames anvil's trace_block gives for it. */
  private static RawBlock traced(RawBlockBuilder builder) {
    RawBlock block = builder.build();
    String deploy = builder.transactionHash(0);
    String call = builder.transactionHash(1);
    List<RawTrace> frames = new ArrayList<>();
    frames.add(frame(deploy, 0, List.of(), "create", SENDER, FORWARDER, 0, null));
    frames.add(frame(call, 1, List.of(), "call", SENDER, FORWARDER, 100, null));
    RawTrace forward = frame(call, 1, List.of(0), "call", FORWARDER, address(0xdead), 100, null);
    frames.add(RawTrace.newBuilder(forward).setInput("0xa9059cbb00").build());
    frames.add(frame(call, 1, List.of(1), "create", FORWARDER, CHILD, 0, null));
    frames.add(frame(call, 1, List.of(2), "create2", FORWARDER, SALTED_CHILD, 0, null));
    frames.add(frame(call, 1, List.of(3), "create", FORWARDER, null, 0, "execution reverted"));
    // A reverted call whose own creation succeeded: the revert undoes it.
    frames.add(frame(call, 1, List.of(4), "call", FORWARDER, address(0xbad), 7, "out of gas"));
    frames.add(frame(call, 1, List.of(4, 0), "create", address(0xbad), UNDONE_CHILD, 0, null));
    Provenance provenance =
        Provenance.newBuilder(block.getProvenance())
            .setTraces(
                TraceProvenance.newBuilder()
                    .setMethod("trace_block")
                    .setProviderAlias("anvil/one")
                    .setVerification(VerificationStatus.NOT_APPLICABLE)
                    .build())
            .build();
    return RawBlock.newBuilder(block).setTraces(frames).setProvenance(provenance).build();
  }

  private static RawTrace frame(
      String tx,
      int index,
      List<Integer> address,
      String type,
      String from,
      String to,
      long value,
      String error) {
    return RawTrace.newBuilder()
        .setTransactionHash(tx)
        .setTransactionIndex(index)
        .setTraceAddress(address)
        .setCallType(type)
        .setFrom(from)
        .setTo(to)
        .setValue(BigDecimal.valueOf(value))
        .setGas(address.isEmpty() ? 1_048_576 : 900_000)
        .setGasUsed(address.isEmpty() ? 151_520 : 0)
        .setInput("0x")
        .setError(error)
        .build();
  }
}
