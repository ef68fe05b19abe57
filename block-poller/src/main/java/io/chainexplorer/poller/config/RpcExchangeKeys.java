package io.chainexplorer.poller.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The keys of one JSON-RPC exchange: its time and size limits, attempts and receipt batches, and
 * the most transactions a block may claim.
 */
final class RpcExchangeKeys {

  private RpcExchangeKeys() {}

  static ConfigDef define(ConfigDef def) {
    return def.define(
            PollerConfig.RPC_CONNECT_TIMEOUT_MS,
            Type.INT,
            5_000,
            Range.atLeast(1),
            Importance.LOW,
            "TCP/TLS connect timeout of the JSON-RPC HTTP client in milliseconds.")
        .define(
            PollerConfig.RPC_REQUEST_TIMEOUT_MS,
            Type.INT,
            10_000,
            Range.atLeast(1),
            Importance.LOW,
            "Time limit of one whole JSON-RPC HTTP exchange (connect, headers and body) in"
                + " milliseconds; an answer still arriving then is cut and retried on another key.")
        .define(
            PollerConfig.RPC_RESPONSE_MAX_WIRE_BYTES,
            Type.LONG,
            64L << 20,
            Range.atLeast(1024),
            Importance.LOW,
            "Most bytes of one JSON-RPC answer as sent (gzipped or not); a larger answer is cut,"
                + " counted against its key and retried on another key.")
        .define(
            PollerConfig.RPC_RESPONSE_MAX_BYTES,
            Type.LONG,
            256L << 20,
            Range.atLeast(1024),
            Importance.LOW,
            "Most bytes of one JSON-RPC answer once inflated; a mainnet block with its receipts"
                + " takes tens of MB. A larger answer (a gzip bomb) is cut, counted against its key"
                + " and retried on another key.")
        .define(
            PollerConfig.RPC_BLOCK_MAX_TRANSACTIONS,
            Type.INT,
            100_000,
            Range.atLeast(1),
            Importance.LOW,
            "Most transactions a block may claim; a block claiming more is refused from that key"
                + " and fetched from another.")
        .define(
            PollerConfig.RPC_MAX_ATTEMPTS,
            Type.INT,
            4,
            Range.between(1, 100),
            Importance.LOW,
            "Exchanges tried, over keys and providers, before a JSON-RPC call fails for good.")
        .define(
            PollerConfig.RPC_RECEIPTS_BATCH_SIZE,
            Type.INT,
            50,
            Range.between(1, 1000),
            Importance.LOW,
            "Calls per JSON-RPC batch of eth_getTransactionReceipt, used where an endpoint lacks"
                + " eth_getBlockReceipts; each batch member is billed as one call.");
  }
}
