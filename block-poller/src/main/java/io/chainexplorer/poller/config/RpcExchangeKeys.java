package io.chainexplorer.poller.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The keys of one JSON-RPC exchange: its time limits, attempts and receipt batches. */
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
            "Time limit of one JSON-RPC HTTP exchange in milliseconds; a timeout is retried on"
                + " another key.")
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
