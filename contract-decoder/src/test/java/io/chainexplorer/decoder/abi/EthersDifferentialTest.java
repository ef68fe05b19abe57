package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our decoder against ethers v6: random signatures and values from a seeded generator, encoded by
 * ethers (calls and events), must decode to ethers' canonical values, every one of them.
 */
class EthersDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CALLS = 10_000;
  private static final int EVENTS = 5_000;

  @TempDir Path dir;

  @Test
  void shouldDecodeEveryEthersEncodedCaseToEthersValues() throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    NodeScript.run(
        "abi-cases.mjs",
        Duration.ofSeconds(180),
        "--seed",
        "20261121",
        "--calls",
        "" + CALLS,
        "--events",
        "" + EVENTS,
        "--out",
        cases.toString());

    List<String> mismatches = new ArrayList<>();
    int calls = 0;
    int events = 0;
    try (BufferedReader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode testCase = JSON.readTree(line);
        DecodeResult result = decode(testCase);
        if (testCase.has("event")) {
          events++;
        } else {
          calls++;
        }
        JsonNode actual = result instanceof DecodeResult.Decoded d ? canonical(d) : null;
        if (!testCase.get("expected").equals(actual)) {
          mismatches.add(line + "\n  -> " + (actual == null ? result : actual));
        }
      }
    }

    assertThat(calls).isEqualTo(CALLS);
    assertThat(events).isEqualTo(EVENTS);
    assertThat(mismatches).as("cases decoded differently from ethers").isEmpty();
  }

  static DecodeResult decode(JsonNode testCase) {
    if (testCase.has("event")) {
      AbiEvent event = SignatureParser.event(testCase.get("event").asText());
      List<byte[]> topics = new ArrayList<>();
      testCase.get("topics").forEach(t -> topics.add(Hex.decode(t.asText())));
      return EventDecoder.decode(event, topics, Hex.decode(testCase.get("data").asText()));
    }
    AbiFunction function = SignatureParser.function(testCase.get("signature").asText());
    return CalldataDecoder.decode(function, Hex.decode(testCase.get("calldata").asText()));
  }

  static JsonNode canonical(DecodeResult.Decoded decoded) throws Exception {
    StringBuilder array = new StringBuilder("[");
    for (DecodedValue value : decoded.values()) {
      array.append(array.length() > 1 ? "," : "").append(value.canonicalJson());
    }
    return JSON.readTree(array.append(']').toString());
  }
}
