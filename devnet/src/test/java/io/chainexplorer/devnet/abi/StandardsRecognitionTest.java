package io.chainexplorer.devnet.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import io.chainexplorer.decoder.standards.StandardMember;
import io.chainexplorer.devnet.contracts.ContractArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our compiled security token, read by the decoder's built-in catalogue of standards. */
class StandardsRecognitionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StandardCatalogue CATALOGUE = StandardCatalogue.builtIn();
  private static final List<String> TRAFFIC_FUNCTIONS =
      List.of(
          "issueByPartition",
          "transferByPartition",
          "redeemByPartition",
          "issue",
          "redeem",
          "setDocument",
          "controllerTransfer",
          "controllerRedeem");

  @Test
  void shouldRecogniseEverySecurityTokenEventAsErc1400ByTopic0AndTopicCount() throws Exception {
    List<String> unrecognised = new ArrayList<>();
    int checked = 0;
    for (JsonNode entry : abi("SecurityToken")) {
      if (!"event".equals(entry.path("type").asText()) || "Transfer".equals(name(entry))) {
        continue;
      }
      checked++;
      int topics =
          1 + (int) stream(entry.path("inputs")).filter(i -> i.path("indexed").asBoolean()).count();
      Optional<StandardMember> member =
          CATALOGUE.events(Abi.topic0(signature(entry)), topics).stream()
              .filter(StandardMember::recognises)
              .findFirst();
      if (member.isEmpty() || !member.get().securityFamily().equals(Optional.of("ERC-1400"))) {
        unrecognised.add(signature(entry) + "/" + topics);
      }
    }

    assertThat(checked).isGreaterThanOrEqualTo(9);
    assertThat(unrecognised).isEmpty();
  }

  @Test
  void shouldRecogniseEveryFunctionTheTrafficCallsOnTheSecurityToken() throws Exception {
    List<String> recognised = new ArrayList<>();
    for (JsonNode entry : abi("SecurityToken")) {
      if ("function".equals(entry.path("type").asText())
          && TRAFFIC_FUNCTIONS.contains(name(entry))) {
        String selector = Abi.topic0(signature(entry)).substring(0, 10);
        if (CATALOGUE.functions(selector).stream().anyMatch(StandardMember::recognises)) {
          recognised.add(name(entry));
        }
      }
    }

    assertThat(recognised).containsExactlyInAnyOrderElementsOf(TRAFFIC_FUNCTIONS);
  }

  private static JsonNode abi(String contract) throws Exception {
    return JSON.readTree(ContractArtifact.load(contract).abiJson());
  }

  private static String name(JsonNode entry) {
    return entry.path("name").asText();
  }

  private static String signature(JsonNode entry) {
    return name(entry)
        + stream(entry.path("inputs"))
            .map(input -> input.path("type").asText())
            .collect(Collectors.joining(",", "(", ")"));
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }
}
