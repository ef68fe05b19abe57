package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Etherscan-compatible /api answers Etherscan's envelope and field names from the hot store.
 */
@ExtendWith(CassandraExtension.class)
class EtherscanApiIT {

  static final String ME = Hex.address("etherscan", 1);
  static final String PEER = Hex.address("etherscan-peer", 1);
  static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(900);

  /** The keys of Etherscan's documented txlist example, less cumulativeGasUsed (not held). */
  static final Set<String> TXLIST_FIELDS =
      Set.of(
          "blockNumber",
          "timeStamp",
          "hash",
          "nonce",
          "blockHash",
          "transactionIndex",
          "from",
          "to",
          "value",
          "gas",
          "gasPrice",
          "isError",
          "txreceipt_status",
          "input",
          "contractAddress",
          "gasUsed",
          "confirmations",
          "methodId",
          "functionName");

  static final String LOGGER = Hex.address("etherscan-logger", 1);
  static final String TRANSFER_TOPIC =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
  static final String APPROVAL_TOPIC =
      "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";

  /** The keys of Etherscan's documented getLogs example. */
  static final Set<String> LOG_FIELDS =
      Set.of(
          "address",
          "topics",
          "data",
          "blockNumber",
          "blockHash",
          "timeStamp",
          "gasPrice",
          "gasUsed",
          "logIndex",
          "transactionHash",
          "transactionIndex");

  private static ApiClient client;
  private static String apikey;

  @BeforeAll
  static void writeTheHotStore(CassandraEndpoint cassandra) throws Exception {
    ApiStack stack = ApiStack.on(cassandra);
    List<SinkRecord> records = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String to = i == 2 ? ME : PEER;
      records.add(HotRows.transaction(tx(i), 700 + i, 0, ME, to, T0.plusSeconds(12L * i)));
    }
    Instant t1 = T0.plusSeconds(12);
    records.add(HotRows.tokenTransfer(tx(1), 701, 0, Hex.address("erc20", 1), PEER, ME, t1));
    records.add(
        HotRows.tokenTransfer(
            tx(3), 703, 1, token("erc721", "ERC721", 42), ME, PEER, T0.plusSeconds(36)));
    records.add(
        HotRows.tokenTransfer(
            tx(4), 704, 2, token("erc1155", "ERC1155", 7), ME, PEER, T0.plusSeconds(48)));
    records.add(
        HotRows.log(tx(1), 701, 0, LOGGER, List.of(TRANSFER_TOPIC, Hex.hash("from", 1)), t1));
    records.add(HotRows.log(tx(3), 703, 26, LOGGER, List.of(APPROVAL_TOPIC), T0.plusSeconds(36)));
    records.add(HotRows.log(tx(4), 704, 1, LOGGER, List.of(TRANSFER_TOPIC), T0.plusSeconds(48)));
    stack.write(records);
    client = new ApiClient(stack.baseUrl(), ApiStack.READER_KEY);
    apikey = ApiStack.READER_KEY;
  }

  static HotRows.Token token(String kind, String standard, long id) {
    return new HotRows.Token(Hex.address(kind, 1), standard, BigInteger.valueOf(id));
  }

  static String tx(int i) {
    return Hex.hash("etherscan-tx", i);
  }

  @Test
  void shouldListTransactionsOldestFirstWithEtherscansFieldsWhenSortIsAsc() throws Exception {
    JsonNode body = ok("module=account&action=txlist&address=" + ME + "&sort=asc");

    assertThat(body.get("status").asText()).isEqualTo("1");
    assertThat(body.get("message").asText()).isEqualTo("OK");
    JsonNode result = body.get("result");
    // The self-transfer (in and out rows) is one item, as on Etherscan.
    assertThat(result.findValuesAsText("hash")).containsExactly(tx(0), tx(1), tx(2), tx(3), tx(4));
    JsonNode first = result.get(0);
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(TXLIST_FIELDS);
    assertThat(first.get("timeStamp").asText()).isEqualTo(Long.toString(T0.getEpochSecond()));
    assertThat(first.get("blockNumber").asText()).isEqualTo("700");
    assertThat(first.get("from").asText()).isEqualTo(ME);
    assertThat(first.get("to").asText()).isEqualTo(PEER);
    assertThat(first.get("value").asText()).isEqualTo("123456789012345678901234567890");
    assertThat(first.get("isError").asText()).isEqualTo("0");
    assertThat(first.get("txreceipt_status").asText()).isEqualTo("1");
    assertThat(first.get("methodId").asText()).isEqualTo("0xa9059cbb");
  }

  @Test
  void shouldPageNewestFirstWithinTheBlockRangeWhenAsked() throws Exception {
    String base = "module=account&action=txlist&address=" + ME;
    assertThat(ok(base + "&sort=desc&page=2&offset=2").get("result").findValuesAsText("hash"))
        .containsExactly(tx(2), tx(1));
    assertThat(ok(base + "&startblock=701&endblock=702").get("result").findValuesAsText("hash"))
        .containsExactly(tx(1), tx(2));
  }

  @Test
  void shouldListEachTokenStandardUnderItsOwnAction() throws Exception {
    String base = "module=account&address=" + ME + "&action=";
    JsonNode erc20 = ok(base + "tokentx").get("result");
    assertThat(erc20.findValuesAsText("hash")).containsExactly(tx(1));
    assertThat(erc20.get(0).get("value").asText()).isEqualTo("1000000000000000000000");
    assertThat(erc20.get(0).get("from").asText()).isEqualTo(PEER);
    assertThat(erc20.get(0).get("contractAddress").asText()).isEqualTo(Hex.address("erc20", 1));

    JsonNode nft = ok(base + "tokennfttx").get("result");
    assertThat(nft.findValuesAsText("tokenID")).containsExactly("42");
    JsonNode multi = ok(base + "token1155tx").get("result");
    assertThat(multi.findValuesAsText("tokenID")).containsExactly("7");
    assertThat(multi.findValuesAsText("tokenValue")).containsExactly("1000000000000000000000");
  }

  @Test
  void shouldAnswerEtherscansNotOkEnvelopeWhenTheRequestIsWrong() throws Exception {
    assertNotOk("module=account&action=txlist&address=0x12", "Error! Invalid address format");
    assertNotOk(
        "module=contract&action=txlist&address=" + ME, "Error! Missing Or invalid Module name");
    assertNotOk(
        "module=account&action=balance&address=" + ME, "Error! Missing Or invalid Action name");
    assertNotOk(
        "module=account&action=txlist&page=200&offset=100&address=" + ME,
        "Result window is too large, PageNo x Offset size must be less than or equal to 10000");

    JsonNode none = ok("module=account&action=txlist&address=" + Hex.address("nobody", 1));
    assertThat(none.get("status").asText()).isEqualTo("0");
    assertThat(none.get("message").asText()).isEqualTo("No transactions found");
    assertThat(none.get("result")).isEmpty();
  }

  @Test
  void shouldListAContractsLogsOldestFirstInEtherscansShape() throws Exception {
    JsonNode body = ok("module=logs&action=getLogs&address=" + LOGGER);

    assertThat(body.get("status").asText()).isEqualTo("1");
    assertThat(body.get("message").asText()).isEqualTo("OK");
    JsonNode result = body.get("result");
    assertThat(result.findValuesAsText("transactionHash")).containsExactly(tx(1), tx(3), tx(4));
    JsonNode first = result.get(0);
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(LOG_FIELDS);
    assertThat(first.get("address").asText()).isEqualTo(LOGGER);
    assertThat(first.get("topics").get(0).asText()).isEqualTo(TRANSFER_TOPIC);
    assertThat(first.get("topics")).hasSize(2);
    assertThat(first.get("blockNumber").asText()).isEqualTo("0x2bd");
    assertThat(first.get("timeStamp").asText())
        .isEqualTo("0x" + Long.toHexString(T0.getEpochSecond() + 12));
    // Etherscan writes zero as a bare "0x".
    assertThat(first.get("logIndex").asText()).isEqualTo("0x");
    assertThat(first.get("transactionIndex").asText()).isEqualTo("0x");
    assertThat(first.get("gasUsed").asText()).isEqualTo("0xcb20");
    assertThat(result.get(1).get("logIndex").asText()).isEqualTo("0x1a");
  }

  @Test
  void shouldFilterLogsByTopic0BlockRangeAndPage() throws Exception {
    String base = "module=logs&action=getLogs&address=" + LOGGER;
    assertThat(
            ok(base + "&topic0=" + TRANSFER_TOPIC)
                .get("result")
                .findValuesAsText("transactionHash"))
        .containsExactly(tx(1), tx(4));
    assertThat(
            ok(base + "&fromBlock=702&toBlock=703")
                .get("result")
                .findValuesAsText("transactionHash"))
        .containsExactly(tx(3));
    assertThat(ok(base + "&page=2&offset=2").get("result").findValuesAsText("transactionHash"))
        .containsExactly(tx(4));
    JsonNode none = ok(base + "&topic0=" + Hex.hash("no-such-event", 1));
    assertThat(none.get("message").asText()).isEqualTo("No records found");
    assertThat(none.get("result")).isEmpty();
    assertNotOk(
        "module=logs&action=getLogs&topic0=" + TRANSFER_TOPIC, "Error! Invalid address format");
    assertNotOk(base + "&topic0=0x12", "Error! Invalid topic0");
    assertNotOk(
        "module=logs&action=getlogs&address=" + LOGGER, "Error! Missing Or invalid Action name");
  }

  @Test
  void shouldAcceptTheKeyAsApikeyParameter() throws Exception {
    ApiClient anonymous = new ApiClient(client.baseUrl(), null);
    String query = "/api?module=account&action=txlist&address=" + ME;

    assertThat(anonymous.get(query).status()).isEqualTo(401);
    assertThat(anonymous.get(query + "&apikey=" + apikey).status()).isEqualTo(200);
    assertThat(anonymous.get("/v1/blocks/1?apikey=" + apikey).status()).isEqualTo(401);
  }

  private static void assertNotOk(String query, String reason) throws Exception {
    JsonNode body = ok(query);
    assertThat(body.get("status").asText()).isEqualTo("0");
    assertThat(body.get("message").asText()).isEqualTo("NOTOK");
    assertThat(body.get("result").asText()).isEqualTo(reason);
  }

  private static JsonNode ok(String query) throws Exception {
    ApiClient.Answer answer = client.get("/api?" + query);
    assertThat(answer.status()).as("%s: %s", query, answer.body()).isEqualTo(200);
    return answer.body();
  }
}
