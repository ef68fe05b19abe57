package io.chainexplorer.decoder.topology;

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
 * Turns one transaction or log into its outcome: a decoded call or event (retracted when the input
 * is), or a dead letter saying unknown selector or malformed with the reason; never an exception.
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
      metrics.outcome(Kind.CALL, Outcome.MALFORMED, null);
      return rejected(
          source, DeadLetterReason.INVALID_FIELD, "input: " + e.getMessage(), tx.getRetracted());
    }
    Resolution resolution = resolver.call(contract, calldata, state);
    if (!(resolution instanceof Resolution.Decoded decoded)) {
      return notDecoded(Kind.CALL, resolution, source, tx.getRetracted());
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
    if (log.getTopics().isEmpty()) {
      return notDecoded(
          Kind.EVENT, new Resolution.Unknown("none (anonymous log)"), source, log.getRetracted());
    }
    List<byte[]> topics = new ArrayList<>();
    byte[] data;
    try {
      log.getTopics().forEach(topic -> topics.add(Hex.decode(topic)));
      data = Hex.decode(log.getData());
    } catch (IllegalArgumentException e) {
      metrics.outcome(Kind.EVENT, Outcome.MALFORMED, null);
      return rejected(
          source,
          DeadLetterReason.INVALID_FIELD,
          "topics or data: " + e.getMessage(),
          log.getRetracted());
    }
    proxyTarget(contract, log, state);
    Resolution resolution = resolver.event(contract, topics, data, state);
    if (!(resolution instanceof Resolution.Decoded decoded)) {
      return notDecoded(Kind.EVENT, resolution, source, log.getRetracted());
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

  private List<Output> notDecoded(
      Kind kind, Resolution resolution, SourceRecord source, boolean retracted) {
    if (resolution instanceof Resolution.Unknown unknown) {
      metrics.outcome(kind, Outcome.UNKNOWN, null);
      return rejected(
          source,
          DeadLetterReason.UNKNOWN_SELECTOR,
          "no ABI source knows " + unknown.selector(),
          retracted);
    }
    metrics.outcome(kind, Outcome.MALFORMED, null);
    return rejected(
        source,
        DeadLetterReason.MALFORMED,
        ((Resolution.Malformed) resolution).reason(),
        retracted);
  }

  private List<Output> rejected(
      SourceRecord source, DeadLetterReason reason, String detail, boolean retracted) {
    if (retracted) {
      // the live record already went to the dead-letter topic: nothing was published to retract
      return List.of();
    }
    metrics.deadLetter(reason);
    return List.of(
        new Output(
            DeadLetterEnvelope.key(source),
            new Routed.Dead(
                DeadLetterEnvelope.of(
                    App.CONTRACT_DECODER,
                    source,
                    reason,
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
