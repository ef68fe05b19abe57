package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real mainnet logs decode to the values of independent decoders (ethereum-etl, ethers v6). */
class GoldenMainnetLogsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AbiEvent TRANSFER =
      SignatureParser.event("Transfer(address indexed from,address indexed to,uint256 value)");

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = GoldenMainnetLogsTest.class.getResourceAsStream("/abi/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void shouldDecodeErc20TransfersAsEthereumEtlExtractsThem() throws IOException {
    Map<String, String> expected = new HashMap<>();
    for (String line : lines("erc20-expected-transfers.csv").subList(1, 3)) {
      String[] f = line.split(",");
      expected.put(f[4] + "/" + f[5], f[1] + "," + f[2] + "," + f[3]);
    }

    Map<String, String> actual = new HashMap<>();
    for (String line : lines("erc20-logs.csv").subList(1, 4)) {
      String[] f = line.replace("\"", "").split(",", 8);
      List<byte[]> topics = f[7].split(",").length == 3 ? topics(f[7]) : null;
      if (topics == null) {
        continue;
      }
      DecodeResult result = EventDecoder.decode(TRANSFER, topics, Hex.decode(f[6]));
      List<DecodedValue> values = ((DecodeResult.Decoded) result).values();
      actual.put(
          f[1] + "/" + f[0],
          String.join(",", values.stream().map(v -> v.value().toString()).toList()));
    }

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void shouldDecodeTheStandardLogsOfBlock18000000AsEthersDoes() throws Exception {
    List<String> mismatches = new ArrayList<>();
    Map<String, Integer> perEvent = new HashMap<>();
    for (String line : lines("block-18000000-logs.jsonl")) {
      JsonNode log = JSON.readTree(line);
      DecodeResult result = EthersDifferentialTest.decode(log);
      JsonNode actual =
          result instanceof DecodeResult.Decoded d ? EthersDifferentialTest.canonical(d) : null;
      if (!log.get("expected").equals(actual)) {
        mismatches.add(log.get("transactionHash") + "/" + log.get("logIndex") + ": " + result);
      }
      perEvent.merge(log.get("event").asText(), 1, Integer::sum);
    }

    assertThat(mismatches).isEmpty();
    assertThat(perEvent)
        .containsEntry("Transfer(address indexed,address indexed,uint256)", 141)
        .containsEntry("Swap(address indexed,uint256,uint256,uint256,uint256,address indexed)", 27)
        .containsEntry(
            "Swap(address indexed,address indexed,int256,int256,uint160,uint128,int24)", 2)
        .containsEntry("Transfer(address indexed,address indexed,uint256 indexed)", 2);
  }

  private static List<byte[]> topics(String joined) {
    List<byte[]> topics = new ArrayList<>();
    for (String topic : joined.split(",")) {
      topics.add(Hex.decode(topic));
    }
    return topics;
  }
}
