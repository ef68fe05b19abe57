package io.chainexplorer.decoder.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.DecodedParameter;
import io.chainexplorer.avro.Log;
import io.chainexplorer.schemas.topics.App;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mainnet block 18,000,000 through the whole topology: its standard logs (the codec's golden
 * corpus, values as ethers v6 decodes them) each decode by the built-in standard they belong to,
 * with ethers' values; the whole block leaves no dead letter, only counted outcomes.
 */
class Block18000000TopologyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMITTER = Fixtures.address(0x18000000);

  private final DecoderDriver driver = new DecoderDriver();

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldDecodeEveryStandardLogOfTheBlockByItsStandardWithEthersValues() throws IOException {
    Map<String, JsonNode> expected = new HashMap<>();
    for (JsonNode line : corpus()) {
      List<String> topics = new ArrayList<>();
      line.get("topics").forEach(topic -> topics.add(topic.asText()));
      Log log =
          Log.newBuilder(
                  Fixtures.log(
                      0, line.get("logIndex").asInt(), EMITTER, topics, line.get("data").asText()))
              .setTransactionHash(line.get("transactionHash").asText())
              .build();
      driver.pipe(log);
      expected.put(log.getTransactionHash() + ":" + log.getLogIndex(), line.get("expected"));
    }

    Map<String, DecodedEvent> decoded =
        driver.output(driver.topics.decodedEvents()).readKeyValuesToMap();
    assertThat(driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList())
        .isEmpty();
    assertThat(decoded).hasSize(249).containsOnlyKeys(expected.keySet());
    Map<String, Integer> perStandard = new HashMap<>();
    for (Map.Entry<String, DecodedEvent> entry : decoded.entrySet()) {
      DecodedEvent event = entry.getValue();
      assertThat(event.getAbiSource()).isEqualTo(AbiSource.STANDARD);
      assertThat(values(event)).as(entry.getKey()).isEqualTo(expected.get(entry.getKey()));
      perStandard.merge(event.getAbiSourceDetail(), 1, Integer::sum);
    }
    assertThat(perStandard)
        .containsEntry("ERC-20", 141 + 26)
        .containsEntry("ERC-721", 2)
        .containsEntry("UniswapV2Pair", 27 + 27)
        .containsEntry("UniswapV3Pool", 2)
        .containsEntry("WETH", 14 + 10);
  }

  @Test
  void shouldLeaveNoDeadLetterAndACountedOutcomeForEveryCallAndLogOfTheWholeBlock() {
    MainnetBlock block = MainnetBlock.block18000000();
    block.transactions.forEach(driver::pipe);
    block.logs.forEach(driver::pipe);

    assertThat(driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList())
        .isEmpty();
    Map<DecodeOutcome, Long> calls =
        driver.output(driver.topics.decodedCalls()).readValuesToList().stream()
            .collect(Collectors.groupingBy(DecodedCall::getOutcome, Collectors.counting()));
    Map<DecodeOutcome, Long> events =
        driver.output(driver.topics.decodedEvents()).readValuesToList().stream()
            .collect(Collectors.groupingBy(DecodedEvent::getOutcome, Collectors.counting()));
    System.out.println(
        "CALLS "
            + calls
            + " EVENTS "
            + events
            + " SKIPPED "
            + driver.total(
                io.chainexplorer.decoder.errors.DecoderMetrics.OUTCOMES, "outcome", "skipped"));
  }

  private static JsonNode values(DecodedEvent event) throws IOException {
    var array = JSON.createArrayNode();
    for (DecodedParameter parameter : event.getParameters()) {
      array.add(JSON.readTree(parameter.getValue()));
    }
    return array;
  }

  private static List<JsonNode> corpus() throws IOException {
    try (InputStream in =
        Block18000000TopologyTest.class.getResourceAsStream("/abi/block-18000000-logs.jsonl")) {
      assertThat(in).isNotNull();
      List<JsonNode> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        lines.add(JSON.readTree(line));
      }
      return lines;
    }
  }
}
