package io.chainexplorer.testsupport.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonRpcStubTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BLOCK =
      "{\"jsonrpc\":\"2.0\",\"id\":7,"
          + "\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x10\",true]}";
  private static final String RECEIPTS =
      "{\"jsonrpc\":\"2.0\",\"id\":8,"
          + "\"method\":\"eth_getBlockReceipts\",\"params\":[\"0x10\"]}";

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonRpcStub stub =
      JsonRpcStub.recorded()
          .record("eth_getBlockByNumber", json("[\"0x10\",true]"), json("{\"number\":\"0x10\"}"))
          .record(
              "eth_getBlockReceipts",
              json("[\"0x10\"]"),
              json("[{\"blockHash\":\"0x01\"},{\"blockHash\":\"0x01\"}]"))
          .record("eth_blockNumber", json("[]"), json("\"0x10\""));

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void shouldAnswerRecordedCallWithItsIdIgnoringHexCase() throws Exception {
    JsonNode answer = body(post("k1", BLOCK.replace("0x10", "0X10")));

    assertThat(answer.get("id").asInt()).isEqualTo(7);
    assertThat(answer.get("result").get("number").asText()).isEqualTo("0x10");
  }

  @Test
  void shouldAnswerBatchInOrderAndCountEachMemberByKeyAndMethod() throws Exception {
    JsonNode answer = body(post("k1", "[" + RECEIPTS + "," + BLOCK + "]"));
    post("k2", BLOCK);

    assertThat(answer).hasSize(2);
    assertThat(answer.get(0).get("id").asInt()).isEqualTo(8);
    assertThat(answer.get(1).get("result").get("number").asText()).isEqualTo("0x10");
    assertThat(stub.exchanges("k1")).isEqualTo(1);
    assertThat(stub.calls("k1", "eth_getBlockByNumber")).isEqualTo(1);
    assertThat(stub.calls("k1", "eth_getBlockReceipts")).isEqualTo(1);
    assertThat(stub.callsOf("eth_getBlockByNumber")).isEqualTo(2);
    assertThat(stub.calls()).isEqualTo(3);
  }

  @Test
  void shouldAnswerNullForUnrecordedParamsAndMethodNotFoundForUnknownMethod() throws Exception {
    JsonNode unknownBlock = body(post("k1", BLOCK.replace("0x10", "0x11")));
    JsonNode unknownMethod = body(post("k1", BLOCK.replace("eth_getBlockByNumber", "eth_foo")));

    assertThat(unknownBlock.get("result").isNull()).isTrue();
    assertThat(unknownMethod.get("error").get("code").asInt()).isEqualTo(-32601);
  }

  @Test
  void shouldAnswer429WithRetryAfterForOneKeyOnlyThenRecover() throws Exception {
    stub.inject(Fault.tooManyRequests("3").forKey("k1").times(1));

    HttpResponse<String> limited = post("k1", BLOCK);
    HttpResponse<String> otherKey = post("k2", BLOCK);
    HttpResponse<String> again = post("k1", BLOCK);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(otherKey.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAnswerEveryScriptedHttpStatus() throws Exception {
    for (int status : new int[] {402, 401, 403, 500, 502, 503}) {
      stub.inject(Fault.httpStatus(status).times(1));

      assertThat(post("k1", BLOCK).statusCode()).isEqualTo(status);
    }
  }

  @Test
  void shouldDelayAnswerBeyondTheClientTimeout() {
    stub.inject(Fault.delay(Duration.ofSeconds(2)).forMethod("eth_blockNumber"));
    HttpRequest request =
        HttpRequest.newBuilder(stub.url("k1"))
            .timeout(Duration.ofMillis(200))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    BLOCK.replace("eth_getBlockByNumber", "eth_blockNumber")))
            .build();

    assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void shouldSendTruncatedMalformedAndWrongIdBodies() throws Exception {
    stub.inject(Fault.of(Fault.Kind.TRUNCATED_BODY).times(1));
    stub.inject(Fault.of(Fault.Kind.MALFORMED_JSON).times(1));
    stub.inject(Fault.of(Fault.Kind.WRONG_ID).times(1));

    String truncated = post("k1", BLOCK).body();
    String malformed = post("k1", BLOCK).body();
    JsonNode wrongId = body(post("k1", BLOCK));

    assertThatThrownBy(() -> JSON.readTree(truncated)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> JSON.readTree(malformed)).isInstanceOf(JsonProcessingException.class);
    assertThat(wrongId.get("id").asInt()).isEqualTo(1007);
  }

  @Test
  void shouldKeepMemberFaultsForTheNextAnswerTheClientCanRead() throws Exception {
    stub.inject(Fault.of(Fault.Kind.MALFORMED_JSON).times(1));
    stub.inject(Fault.of(Fault.Kind.NULL_RESULT).times(1));

    post("k1", BLOCK);
    JsonNode next = body(post("k1", BLOCK));

    assertThat(next.get("result").isNull()).isTrue();
  }

  @Test
  void shouldSpoilOnlyTheTargetedBatchMember() throws Exception {
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("eth_getBlockReceipts"));

    JsonNode answer = body(post("k1", "[" + BLOCK + "," + RECEIPTS + "]"));

    assertThat(answer.get(0).get("result").get("number").asText()).isEqualTo("0x10");
    assertThat(answer.get(1).get("error").get("code").asInt()).isEqualTo(-32601);
  }

  @Test
  void shouldDropLastReceiptAndForgeBlockHashWithoutEditingTheRecording() throws Exception {
    stub.inject(Fault.of(Fault.Kind.DROP_LAST_RECEIPT).times(1));
    stub.inject(Fault.of(Fault.Kind.WRONG_RECEIPT_BLOCK_HASH).times(1));

    JsonNode dropped = body(post("k1", RECEIPTS)).get("result");
    JsonNode forged = body(post("k1", RECEIPTS)).get("result");
    JsonNode clean = body(post("k1", RECEIPTS)).get("result");

    assertThat(dropped).hasSize(1);
    assertThat(forged.get(0).get("blockHash").asText()).isEqualTo(MemberFaults.FOREIGN_BLOCK_HASH);
    assertThat(clean).hasSize(2);
    assertThat(clean.get(0).get("blockHash").asText()).isEqualTo("0x01");
  }

  @Test
  void shouldAlterTheResultOfTheTargetedMethodOnlyAndCountIt() throws Exception {
    stub.inject(
        Fault.alterResult(
                receipts -> {
                  ((ObjectNode) receipts.get(0)).put("blockHash", "0x02");
                  return receipts;
                })
            .forMethod("eth_getBlockReceipts"));

    JsonNode answer = body(post("k1", "[" + BLOCK + "," + RECEIPTS + "]"));
    JsonNode again = body(post("k1", RECEIPTS)).get("result");

    assertThat(answer.get(0).get("result").get("number").asText()).isEqualTo("0x10");
    assertThat(answer.get(1).get("result").get(0).get("blockHash").asText()).isEqualTo("0x02");
    assertThat(answer.get(1).get("result").get(1).get("blockHash").asText()).isEqualTo("0x01");
    assertThat(again.get(0).get("blockHash").asText()).isEqualTo("0x02");
    assertThat(stub.applied(Fault.Kind.ALTER_RESULT)).isEqualTo(2);
    assertThat(stub.applied(Fault.Kind.DROP_LAST_RECEIPT)).isZero();
  }

  @Test
  void shouldLeaveANullResultAloneWhenAlteringResults() throws Exception {
    stub.inject(Fault.alterResult(r -> JSON.getNodeFactory().textNode("altered")));

    JsonNode unknown = body(post("k1", BLOCK.replace("0x10", "0x11")));
    JsonNode altered = body(post("k1", BLOCK));

    assertThat(unknown.get("result").isNull()).isTrue();
    assertThat(altered.get("result").asText()).isEqualTo("altered");
  }

  @Test
  void shouldAnswerNullMissingResultAndQuotaErrors() throws Exception {
    stub.inject(Fault.of(Fault.Kind.NULL_RESULT).times(1));
    stub.inject(Fault.of(Fault.Kind.MISSING_RESULT).times(1));
    stub.inject(Fault.of(Fault.Kind.QUOTA_ERROR).times(1));

    assertThat(body(post("k1", BLOCK)).get("result").isNull()).isTrue();
    assertThat(body(post("k1", BLOCK)).has("result")).isFalse();
    assertThat(body(post("k1", BLOCK)).get("error").get("code").asInt()).isEqualTo(-32005);
  }

  @Test
  void shouldSpoilAboutTheScriptedFractionOfCalls() throws Exception {
    stub.inject(Fault.httpStatus(503).fraction(0.5));

    int failed = 0;
    for (int i = 0; i < 100; i++) {
      failed += post("k1", BLOCK).statusCode() == 503 ? 1 : 0;
    }

    assertThat(failed).isBetween(30, 70);
  }

  @Test
  void shouldForwardUnrecordedCallsToTheUpstreamNode() throws Exception {
    try (JsonRpcStub proxy = JsonRpcStub.proxying(stub.url("upstream"))) {
      JsonNode answer = body(send(proxy.url("k9"), "[" + BLOCK + "," + RECEIPTS + "]"));

      assertThat(answer.get(0).get("id").asInt()).isEqualTo(7);
      assertThat(answer.get(1).get("result")).hasSize(2);
      assertThat(proxy.calls("k9", "eth_getBlockReceipts")).isEqualTo(1);
      assertThat(stub.calls("upstream", "eth_getBlockReceipts")).isEqualTo(1);
    }
  }

  private HttpResponse<String> post(String key, String body) throws Exception {
    return send(stub.url(key), body);
  }

  private HttpResponse<String> send(URI url, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
