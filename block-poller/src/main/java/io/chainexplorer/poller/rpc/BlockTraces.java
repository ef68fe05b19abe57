package io.chainexplorer.poller.rpc;

import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TraceProvenance;
import io.chainexplorer.avro.VerificationStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a block's call traces: {@code debug_traceBlockByNumber} with {@code callTracer}, or
 * {@code trace_block} where the endpoint lacks the debug API, each endpoint's lack remembered. An
 * endpoint with neither gives {@link FetchedTraces#unavailable}, never an error: traces are
 * optional and the chain runs on without them. Thread-safe.
 */
final class BlockTraces {

  /** The trace method recorded when no endpoint offers one. */
  static final String NONE = "none";

  private static final Logger LOG = LoggerFactory.getLogger(BlockTraces.class);

  private final PooledJsonRpcClient client;
  private final FetchMetrics metrics;
  private final TraceCapability capability = new TraceCapability();
  private final AtomicBoolean announced = new AtomicBoolean();

  BlockTraces(PooledJsonRpcClient client, FetchMetrics metrics) {
    this.client = client;
    this.metrics = metrics;
  }

  /** The traces of block {@code hex}, preferring keys other than {@code suspects}. */
  FetchedTraces fetch(String hex, Set<String> suspects) throws RpcException {
    String last = "";
    for (TraceMethod method : TraceMethod.values()) {
      if (!capability.worthTrying(method)) {
        continue;
      }
      Set<String> avoid = new LinkedHashSet<>(capability.avoid(method));
      avoid.addAll(suspects);
      RpcExchange exchange = client.exchange(List.of(method.call(hex)), avoid);
      RpcReply reply = exchange.reply(0);
      last = exchange.alias();
      if (reply.methodNotFound()) {
        if (!capability.lacks(method, exchange.alias())) {
          LOG.info("{} lacks {}: traces from another method or key", last, method.method());
        }
        continue;
      }
      if (reply.isError()) {
        throw new RpcException(
            method.method() + " answered JSON-RPC error " + reply.errorCode() + " from " + last);
      }
      metrics.traces(exchange.provider(), method, "fetched");
      return new FetchedTraces(method, last, reply.result());
    }
    if (!capability.noneOffered()) {
      LOG.info("{} offers no trace method: block {} without traces", last, hex);
    } else if (announced.compareAndSet(false, true)) {
      LOG.warn("No endpoint offers a trace method: the chain runs on without traces");
    }
    metrics.traces("none", null, "unavailable");
    return FetchedTraces.unavailable(last);
  }

  /**
   * {@code block} with {@code traces} and their provenance (the provenance alone, method {@value
   * #NONE}, when no endpoint offered any).
   *
   * @throws MalformedBlockException when the traces are malformed or another block's
   */
  static RawBlock attach(RawBlock block, FetchedTraces traces) throws MalformedBlockException {
    RawBlock.Builder traced = RawBlock.newBuilder(block);
    Provenance.Builder provenance = Provenance.newBuilder(block.getProvenance());
    if (!traces.available()) {
      provenance.setTraces(provenance(NONE, traces.alias()));
    } else {
      traced.setTraces(new TraceMapper(block).map(traces.method(), traces.result()));
      provenance.setTraces(provenance(traces.method().label(), traces.alias()));
    }
    return traced.setProvenance(provenance.build()).build();
  }

  private static TraceProvenance provenance(String method, String alias) {
    return TraceProvenance.newBuilder()
        .setMethod(method)
        .setProviderAlias(alias)
        .setVerification(VerificationStatus.NOT_APPLICABLE)
        .build();
  }
}
