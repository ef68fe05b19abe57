package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint answers what the ScyllaDB sink wrote, in the shape openapi.yaml declares. */
@ExtendWith(CassandraExtension.class)
class ApiEndpointsIT {

  static final String ALICE = Hex.address("alice", 1);
  static final String BOB = Hex.address("bob", 1);
  static final String TOKEN = Hex.address("token", 1);
  static final String TX_A = Hex.hash("tx-a", 1);
  static final String TX_B = Hex.hash("tx-b", 1);
  static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

  private static ApiClient client;

  @BeforeAll
  static void writeTheHotStore(CassandraEndpoint cassandra) throws Exception {
    ApiStack stack = ApiStack.on(cassandra);
    List<SinkRecord> records = new ArrayList<>();
    for (long n = 500; n <= 504; n++) {
      records.add(HotRows.block(n, Hex.hash("block", n), time(n)));
    }
    records.add(HotRows.transaction(TX_A, 504, 0, ALICE, TOKEN, time(504)));
    records.add(HotRows.tokenTransfer(TX_A, 504, 3, TOKEN, ALICE, BOB, time(504)));
    records.add(HotRows.decodedCall(TX_A, 504, TOKEN, time(504)));
    records.add(HotRows.decodedEvent(TX_A, 504, 3, TOKEN, time(504)));
    records.add(HotRows.transaction(TX_B, 503, 1, ALICE, BOB, time(503)));
    stack.write(records);
    client = new ApiClient(stack.baseUrl(), ApiStack.READER_KEY);
  }

  static Instant time(long block) {
    return T0.plusSeconds(12 * (block - 500));
  }

  @Test
  void shouldAnswerABlockByNumberWithWhatTheSinkWrote() throws Exception {
    JsonNode block = ok("/v1/blocks/502");

    assertThat(block.get("blockNumber").asLong()).isEqualTo(502);
    assertThat(block.get("blockHash").asText()).isEqualTo(Hex.hash("block", 502));
    assertThat(block.get("blockTimestamp").asText()).isEqualTo(time(502).toString());
    assertThat(block.get("baseFeePerGas").asText()).isEqualTo("1000000502");
    assertThat(block.get("gasUsed").asLong()).isEqualTo(21_000L * 502);
    assertThat(block.get("parentHash").asText()).isEqualTo(Hex.hash("parent", 502));
  }

  @Test
  void shouldAnswerABlockByHashAsByNumber() throws Exception {
    String hash = Hex.hash("block", 503);

    JsonNode block = ok("/v1/blocks/by-hash/" + hash.toUpperCase().replace("0X", "0x"));

    assertThat(block).isEqualTo(ok("/v1/blocks/503"));
    assertThat(block.get("blockHash").asText()).isEqualTo(hash);
    assertThat(client.get("/v1/blocks/by-hash/" + Hex.hash("block", 999)).status()).isEqualTo(404);
    assertThat(client.get("/v1/blocks/by-hash/0x1234").status()).isEqualTo(400);
  }

  @Test
  void shouldListTheLatestBlocksNewestFirstWhenAskedForACount() throws Exception {
    JsonNode items = ok("/v1/blocks/latest?count=3").get("items");

    assertThat(items.findValuesAsText("blockNumber")).containsExactly("504", "503", "502");
  }

  /** Etherscan's getblocknobytime; its blocks are this class's (the keyspace is shared). */
  @Test
  void shouldFindTheBlockClosestToATimeBeforeOrAfterIt() throws Exception {
    long between = time(502).getEpochSecond() + 5;
    assertThat(blockAt(between, "before")).isEqualTo("502");
    assertThat(blockAt(between, "after")).isEqualTo("503");
    assertThat(blockAt(time(502).getEpochSecond(), "before")).isEqualTo("502");
    assertThat(blockAt(time(502).getEpochSecond(), "after")).isEqualTo("502");
    assertThat(blockAt(time(500).getEpochSecond() - 1, "after")).isEqualTo("500");

    JsonNode tooEarly =
        ok(
            "/api?module=block&action=getblocknobytime&closest=before&timestamp="
                + (time(500).getEpochSecond() - 1));
    assertThat(tooEarly.get("status").asText()).isEqualTo("0");
    assertThat(tooEarly.get("message").asText()).isEqualTo("NOTOK");
    assertThat(tooEarly.get("result").asText()).isEqualTo("Error! No closest block found");
    JsonNode badTime = ok("/api?module=block&action=getblocknobytime&timestamp=soon");
    assertThat(badTime.get("result").asText()).isEqualTo("Error! Invalid timestamp");
  }

  private static String blockAt(long timestamp, String closest) throws Exception {
    JsonNode body =
        ok(
            "/api?module=block&action=getblocknobytime&timestamp="
                + timestamp
                + "&closest="
                + closest);
    assertThat(body.get("status").asText()).as("%s", body).isEqualTo("1");
    assertThat(body.get("message").asText()).isEqualTo("OK");
    return body.get("result").asText();
  }

  @Test
  void shouldAnswer404WhenTheBlockOrTransactionIsNotStored() throws Exception {
    assertThat(client.get("/v1/blocks/999999").status()).isEqualTo(404);
    assertThat(client.get("/v1/transactions/" + Hex.hash("missing", 1)).status()).isEqualTo(404);
    assertThat(client.get("/v1/nothing-here").status()).isEqualTo(404);
  }

  @Test
  void shouldAnswerATransactionWithItsReceiptTransfersAndDecodedCallAndEvents() throws Exception {
    JsonNode tx = ok("/v1/transactions/" + TX_A.toUpperCase().replace("0X", "0x"));

    assertThat(tx.get("txHash").asText()).isEqualTo(TX_A);
    assertThat(tx.get("fromAddress").asText()).isEqualTo(ALICE);
    assertThat(tx.get("toAddress").asText()).isEqualTo(TOKEN);
    assertThat(tx.get("value").asText()).isEqualTo("123456789012345678901234567890");
    assertThat(tx.get("gasUsed").asLong()).isEqualTo(52_000L);
    assertThat(tx.get("status").asLong()).isEqualTo(1);
    JsonNode transfer = tx.get("tokenTransfers").get(0);
    assertThat(tx.get("tokenTransfers")).hasSize(1);
    assertThat(transfer.get("fromAddress").asText()).isEqualTo(ALICE);
    assertThat(transfer.get("toAddress").asText()).isEqualTo(BOB);
    assertThat(transfer.get("amount").asText()).isEqualTo("1000000000000000000000");
    assertThat(tx.get("decodedCall").get("functionName").asText()).isEqualTo("transfer");
    assertThat(tx.get("decodedCall").get("parameters").get(0).get("value").asText())
        .isEqualTo("0x01");
    assertThat(tx.get("decodedEvents")).hasSize(1);
    assertThat(tx.get("decodedEvents").get(0).get("logIndex").asLong()).isEqualTo(3);
  }

  @Test
  void shouldListAnAddresssTransactionsNewestFirstAndByDirection() throws Exception {
    JsonNode page = ok("/v1/addresses/" + ALICE + "/transactions");
    assertThat(page.get("items").findValuesAsText("txHash")).containsExactly(TX_A, TX_B);
    assertThat(page.get("items").findValuesAsText("direction")).containsOnly("out");
    assertThat(page.get("next").isNull()).isTrue();

    JsonNode in = ok("/v1/addresses/" + BOB + "/transactions?direction=in").get("items");
    assertThat(in.findValuesAsText("txHash")).containsExactly(TX_B);
    assertThat(in.get(0).get("counterparty").asText()).isEqualTo(ALICE);
    assertThat(ok("/v1/addresses/" + BOB + "/transactions?direction=out").get("items")).isEmpty();
  }

  @Test
  void shouldBoundAListingByBlockAndTimeRange() throws Exception {
    String base = "/v1/addresses/" + ALICE + "/transactions";
    assertThat(ok(base + "?fromBlock=504").get("items").findValuesAsText("txHash"))
        .containsExactly(TX_A);
    assertThat(ok(base + "?toBlock=503").get("items").findValuesAsText("txHash"))
        .containsExactly(TX_B);
    assertThat(ok(base + "?to=" + time(503)).get("items").findValuesAsText("txHash"))
        .containsExactly(TX_B);
    assertThat(ok(base + "?from=" + time(504)).get("items").findValuesAsText("txHash"))
        .containsExactly(TX_A);
  }

  @Test
  void shouldListTokenTransfersOfAnAddressAndOfTheToken() throws Exception {
    JsonNode ofBob = ok("/v1/addresses/" + BOB + "/token-transfers").get("items");
    assertThat(ofBob).hasSize(1);
    assertThat(ofBob.get(0).get("direction").asText()).isEqualTo("in");
    assertThat(ofBob.get(0).get("counterparty").asText()).isEqualTo(ALICE);
    assertThat(ofBob.get(0).get("tokenAddress").asText()).isEqualTo(TOKEN);
    assertThat(ok("/v1/addresses/" + ALICE + "/token-transfers?direction=in").get("items"))
        .isEmpty();

    JsonNode ofToken = ok("/v1/tokens/" + TOKEN + "/transfers").get("items");
    assertThat(ofToken.findValuesAsText("txHash")).containsExactly(TX_A);
    assertThat(ofToken.get(0).get("logIndex").asLong()).isEqualTo(3);
  }

  @Test
  void shouldListTheDecodedCallsAndEventsOfAContract() throws Exception {
    JsonNode calls = ok("/v1/contracts/" + TOKEN + "/calls").get("items");
    assertThat(calls.findValuesAsText("txHash")).containsExactly(TX_A);
    assertThat(calls.get(0).get("signature").asText()).isEqualTo("transfer(address,uint256)");

    JsonNode events = ok("/v1/contracts/" + TOKEN + "/events").get("items");
    assertThat(events.findValuesAsText("eventName")).containsExactly("Transfer");
    assertThat(events.get(0).get("parameters").get(0).get("name").asText()).isEqualTo("value");
  }

  private static JsonNode ok(String path) throws Exception {
    ApiClient.Answer answer = client.get(path);
    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
    return answer.body();
  }
}
