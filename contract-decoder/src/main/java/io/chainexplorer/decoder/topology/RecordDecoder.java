package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.DecodedParameter;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.abi.DecodedValue;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.errors.DecoderMetrics.Kind;
import io.chainexplorer.decoder.errors.DecoderMetrics.Outcome;
import io.chainexplorer.decoder.proxy.ProxyEvents;
import io.chainexplorer.decoder.sources.AbiResolver;
import io.chainexplorer.decoder.sources.Resolution;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.deadletter.SourceRecord;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one transaction or log into its outcome, never an exception: a decoded call or event, or
 * the compact outcome record of an unknown selector, unknown event or malformed data on the same
 * topic (each retracted when the input is); only a field the chain cannot produce is a dead letter.
 * Proxy targets and recognised security tokens are written to the state on the way.
 */
final class RecordDecoder {

  /** One keyed output. */
  record Output(String key, Routed value) {}

  private final AbiResolver resolver;
  private final ActivityRecorder activity;
  private final DecoderMetrics metrics;
  private final Clock clock;

  RecordDecoder(
      AbiResolver resolver, ActivityRecorder activity, DecoderMetrics metrics, Clock clock) {
    this.resolver = resolver;
    this.activity = activity;
    this.metrics = metrics;
    this.clock = clock;
  }

  List<Output> call(Transaction tx, SourceRecord source, DecoderState state) {
    String contract = tx.getTo().toLowerCase(Locale.ROOT);
    byte[] calldata;
    try {
      calldata = Hex.decode(tx.getInput());
    } catch (IllegalArgumentException e) {
      return poison(source, "input: " + e.getMessage(), tx.getRetracted(), Kind.CALL);
    }
    Resolution resolution = resolver.call(contract, calldata, state);
    if (!(resolution instanceof Resolution.Decoded decoded)) {
      count(Kind.CALL, resolution);
      return List.of(
          new Output(
              tx.getHash(),
              new Routed.Call(OutcomeRecords.call(tx, contract, calldata, resolution))));
    }
    metrics.outcome(Kind.CALL, Outcome.DECODED, decoded.source());
    DecodedCall call =
        DecodedCall.newBuilder()
            .setBlockNumber(tx.getBlockNumber())
            .setBlockHash(tx.getBlockHash())
            .setBlockTimestamp(tx.getBlockTimestamp())
            .setTransactionHash(tx.getHash())
            .setContractAddress(contract)
            .setFunctionName(decoded.entry().name())
            .setSignature(decoded.entry().signature())
            .setSelector(Hex.encode(calldata, 0, 4))
            .setParameters(parameters(decoded.values()))
            .setAbiSource(decoded.source())
            .setAbiSourceDetail(decoded.detail())
            .setOutcome(DecodeOutcome.DECODED)
            .setRetracted(tx.getRetracted())
            .build();
    List<Output> outputs = new ArrayList<>();
    outputs.add(new Output(tx.getHash(), new Routed.Call(call)));
    boolean succeeded = tx.getStatus() == null || tx.getStatus() == 1L;
    if (succeeded) {
      activity
          .of(contract, decoded, tx.getBlockTimestamp(), tx.getRetracted(), state)
          .ifPresent(a -> outputs.add(new Output(a.key(), new Routed.Activity(a.activity()))));
    }
    return outputs;
  }

  List<Output> event(Log log, SourceRecord source, DecoderState state) {
    String contract = log.getAddress().toLowerCase(Locale.ROOT);
    List<byte[]> topics = new ArrayList<>();
    byte[] data;
    try {
      log.getTopics().forEach(topic -> topics.add(Hex.decode(topic)));
      data = Hex.decode(log.getData());
    } catch (IllegalArgumentException e) {
      return poison(source, "topics or data: " + e.getMessage(), log.getRetracted(), Kind.EVENT);
    }
    Resolution resolution;
    if (topics.isEmpty()) {
      resolution = new Resolution.Unknown("none (anonymous log)");
    } else {
      proxyTarget(contract, log, state);
      resolution = resolver.event(contract, topics, data, state);
    }
    if (!(resolution instanceof Resolution.Decoded decoded)) {
      count(Kind.EVENT, resolution);
      String key = TopicKeys.log(log.getTransactionHash(), log.getLogIndex());
      String topic0 = topics.isEmpty() ? "" : Hex.encode(topics.get(0));
      return List.of(
          new Output(
              key, new Routed.Event(OutcomeRecords.event(log, contract, topic0, resolution))));
    }
    metrics.outcome(Kind.EVENT, Outcome.DECODED, decoded.source());
    DecodedEvent event =
        DecodedEvent.newBuilder()
            .setBlockNumber(log.getBlockNumber())
            .setBlockHash(log.getBlockHash())
            .setBlockTimestamp(log.getBlockTimestamp())
            .setTransactionHash(log.getTransactionHash())
            .setLogIndex(log.getLogIndex())
            .setContractAddress(contract)
            .setEventName(decoded.entry().name())
            .setSignature(decoded.entry().signature())
            .setTopic0(Hex.encode(topics.get(0)))
            .setParameters(parameters(decoded.values()))
            .setAbiSource(decoded.source())
            .setAbiSourceDetail(decoded.detail())
            .setOutcome(DecodeOutcome.DECODED)
            .setRetracted(log.getRetracted())
            .build();
    List<Output> outputs = new ArrayList<>();
    String key = TopicKeys.log(log.getTransactionHash(), log.getLogIndex());
    outputs.add(new Output(key, new Routed.Event(event)));
    activity
        .of(contract, decoded, log.getBlockTimestamp(), log.getRetracted(), state)
        .ifPresent(a -> outputs.add(new Output(a.key(), new Routed.Activity(a.activity()))));
    return outputs;
  }

  private static void proxyTarget(String contract, Log log, DecoderState state) {
    // a retracted upgrade is forgotten; the canonical chain's own Upgraded event sets it again
    ProxyEvents.target(log.getTopics())
        .ifPresent(
            target -> {
              if (log.getRetracted()) {
                state.clearProxyTarget(contract, target);
              } else {
                state.setProxyTarget(contract, target);
              }
            });
  }

  private void count(Kind kind, Resolution resolution) {
    metrics.outcome(
        kind, resolution instanceof Resolution.Unknown ? Outcome.UNKNOWN : Outcome.MALFORMED, null);
  }

  /**
   * A field that is not hex is poison, not an outcome: every byte string the chain holds has a hex
   * form, so such a record was written by something that broke the topic's contract (a bug or a
   * forged record), which an operator must look at and can replay once its writer is fixed.
   */
  private List<Output> poison(SourceRecord source, String detail, boolean retracted, Kind kind) {
    metrics.outcome(kind, Outcome.POISON, null);
    if (retracted) {
      // the live record already went to the dead-letter topic: nothing was published to retract
      return List.of();
    }
    metrics.deadLetter(DeadLetterReason.INVALID_FIELD);
    return List.of(
        new Output(
            DeadLetterEnvelope.key(source),
            new Routed.Dead(
                DeadLetterEnvelope.of(
                    App.CONTRACT_DECODER,
                    source,
                    DeadLetterReason.INVALID_FIELD,
                    detail,
                    RecordDecoder.class.getName(),
                    clock.instant()))));
  }

  private static List<DecodedParameter> parameters(List<DecodedValue> values) {
    List<DecodedParameter> parameters = new ArrayList<>(values.size());
    for (DecodedValue value : values) {
      parameters.add(
          DecodedParameter.newBuilder()
              .setName(value.name() == null ? "" : value.name())
              .setType(value.type())
              .setIndexed(value.indexed())
              .setValue(value.canonicalJson())
              .build());
    }
    return parameters;
  }
}
