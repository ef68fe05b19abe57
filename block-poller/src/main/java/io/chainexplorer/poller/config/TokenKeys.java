package io.chainexplorer.poller.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The {@code tokens.*} keys: whether the poller reads token metadata by eth_call. */
final class TokenKeys {

  static final String METADATA_ENABLED = "tokens.metadata.enabled";

  private TokenKeys() {}

  static ConfigDef define(ConfigDef def) {
    return def.define(
        METADATA_ENABLED,
        Type.BOOLEAN,
        false,
        Importance.MEDIUM,
        "Read each token's name, symbol, decimals and totalSupply by eth_call at the block that"
            + " first shows one of its Transfer events, and again when its proxy emits Upgraded,"
            + " into the tokens topic: 2 to 4 calls per new token, the tokens of a block in one"
            + " JSON-RPC batch (rpc.receipts.batch.size calls at most).");
  }
}
