package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.proxy.ProxyEvents;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.deadletter.SourceRecord;
import io.chainexplorer.schemas.deadletter.TransientFailures;
import io.chainexplorer.schemas.topics.App;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Decodes the transactions and logs of the contracts of one partition (both inputs are keyed by
 * contract address), with the user-ABI global table, the proxy-target store and the recognised
 * security-token store.
 */
final class DecodeProcessor implements Processor<String, byte[], String, Routed>, DecoderState {

  static final String PROXY_TARGETS_STORE = "proxy-targets";
  static final String SECURITY_TOKENS_STORE = "security-tokens";
  static final String USER_ABIS_STORE = "user-abis";

  private final Deserializer<Transaction> transactions;
  private final Deserializer<Log> logs;
  private final RecordDecoder decoder;
  private final DecoderMetrics metrics;
  private final Clock clock;
  private ProcessorContext<String, Routed> context;
  private KeyValueStore<String, String> proxyTargets;
  private KeyValueStore<String, String> securityTokens;
  private ReadOnlyKeyValueStore<String, Object> userAbis;

  DecodeProcessor(
      Deserializer<Transaction> transactions,
      Deserializer<Log> logs,
      RecordDecoder decoder,
      DecoderMetrics metrics,
      Clock clock) {
    this.transactions = transactions;
    this.logs = logs;
    this.decoder = decoder;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Routed> context) {
    this.context = context;
    proxyTargets = context.getStateStore(PROXY_TARGETS_STORE);
    securityTokens = context.getStateStore(SECURITY_TOKENS_STORE);
    userAbis = context.getStateStore(USER_ABIS_STORE);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    SourceRecord source = SourceHeaders.source(record.headers(), record.value());
    InputKind kind = SourceHeaders.kind(record.headers());
    List<RecordDecoder.Output> outputs;
    try {
      outputs =
          kind == InputKind.TRANSACTION
              ? decoder.call(transactions.deserialize(source.topic(), source.value()), source, this)
              : decoder.event(logs.deserialize(source.topic(), source.value()), source, this);
    } catch (RuntimeException e) {
      if (TransientFailures.isTransient(e)) {
        throw e; // the registry or the broker will be back: the app retries, no dead letter
      }
      // the bytes read fine before the repartition; anything thrown now is a record we cannot
      // use, and a dead letter keeps the partition moving
      metrics.outcome(kind.decodes(), DecoderMetrics.Outcome.POISON, null);
      metrics.deadLetter(DeadLetterReason.UNDESERIALIZABLE);
      outputs =
          List.of(
              new RecordDecoder.Output(
                  DeadLetterEnvelope.key(source),
                  new Routed.Dead(
                      DeadLetterEnvelope.of(
                          App.CONTRACT_DECODER,
                          source,
                          DeadLetterReason.UNDESERIALIZABLE,
                          String.valueOf(e.getMessage()),
                          e.getClass().getName(),
                          clock.instant()))));
    }
    for (RecordDecoder.Output output : outputs) {
      context.forward(new Record<>(output.key(), output.value(), record.timestamp()));
    }
  }

  @Override
  public Optional<String> userAbi(String address) {
    Object value = userAbis.get(address);
    if (value instanceof ValueAndTimestamp<?> timestamped) {
      value = timestamped.value();
    }
    return Optional.ofNullable((String) value);
  }

  @Override
  public Optional<String> implementation(String proxy) {
    return ProxyEvents.implementation(proxy, proxyTargets::get);
  }

  @Override
  public Optional<String> securityFamily(String address) {
    return Optional.ofNullable(securityTokens.get(address));
  }

  @Override
  public void setProxyTarget(String contract, String target) {
    proxyTargets.put(contract, target);
  }

  @Override
  public void clearProxyTarget(String contract, String target) {
    if (target.equals(proxyTargets.get(contract))) {
      proxyTargets.delete(contract);
    }
  }

  @Override
  public void recognise(String contract, String family) {
    securityTokens.putIfAbsent(contract, family);
  }
}
