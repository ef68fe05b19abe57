package io.chainexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AnvilExtension.class)
class AnvilExtensionIT {

  private static final String ONE_GWEI = "0x3b9aca00";

  @Test
  void shouldReturnTheTransferInItsBlockAndReceiptsWhenSentFromADevAccount(AnvilEndpoint anvil) {
    JsonRpcClient rpc = new JsonRpcClient(anvil.rpcUrl());
    assertThat(rpc.call("eth_chainId").asText()).isEqualTo(AnvilEndpoint.CHAIN_ID);
    JsonNode accounts = rpc.call("eth_accounts");
    String from = accounts.get(0).asText();
    String to = accounts.get(1).asText();

    String hash =
        rpc.call("eth_sendTransaction", Map.of("from", from, "to", to, "value", ONE_GWEI)).asText();
    JsonNode receipt =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> rpc.call("eth_getTransactionReceipt", hash), r -> !r.isNull());
    String blockNumber = receipt.get("blockNumber").asText();

    JsonNode block = rpc.call("eth_getBlockByNumber", blockNumber, true);
    JsonNode tx = find(block.get("transactions"), "hash", hash);
    assertThat(tx.get("from").asText()).isEqualTo(from);
    assertThat(tx.get("to").asText()).isEqualTo(to);
    assertThat(tx.get("value").asText()).isEqualTo(ONE_GWEI);
    JsonNode blockReceipt =
        find(rpc.call("eth_getBlockReceipts", blockNumber), "transactionHash", hash);
    assertThat(blockReceipt.get("status").asText()).isEqualTo("0x1");
    assertThat(blockReceipt.get("blockHash").asText()).isEqualTo(block.get("hash").asText());
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(node -> value.equals(node.path(field).asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
  }
}
