package io.chainexplorer.reliability.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.devnet.abi.Abi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The functions and events of an ABI JSON document with their canonical signatures and keccak
 * hashes, computed here from the JSON alone (not by the decoder's parser).
 */
public final class AbiMembers {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One function or (non-anonymous) event.
   *
   * @param hash the selector (4 bytes) of a function, the topic0 of an event, lowercase 0x-hex
   * @param inputs how many top-level parameters it has
   * @param topics how many topics its logs carry (1 + indexed inputs); 0 for a function
   */
  public record Member(
      boolean event, String name, String signature, String hash, int inputs, int topics) {}

  private AbiMembers() {}

  /**
   * Every function and non-anonymous event of {@code abiJson}.
   *
   * @throws IllegalArgumentException when the text is not an ABI array
   */
  public static List<Member> of(String abiJson) {
    JsonNode abi;
    try {
      abi = JSON.readTree(abiJson);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: an ABI must be a JSON array", e);
    }
    if (!abi.isArray()) {
      throw new IllegalArgumentException("an ABI must be a JSON array");
    }
    List<Member> members = new ArrayList<>();
    for (JsonNode entry : abi) {
      String type = entry.path("type").asText();
      boolean event = "event".equals(type);
      if (("function".equals(type) || event) && !entry.path("anonymous").asBoolean(false)) {
        members.add(member(entry, event));
      }
    }
    return members;
  }

  private static Member member(JsonNode entry, boolean event) {
    List<String> types = new ArrayList<>();
    int indexed = 0;
    for (JsonNode input : entry.path("inputs")) {
      types.add(canonicalType(input));
      indexed += input.path("indexed").asBoolean(false) ? 1 : 0;
    }
    String name = entry.path("name").asText();
    String signature = name + "(" + String.join(",", types) + ")";
    String keccak = Abi.topic0(signature).toLowerCase(Locale.ROOT);
    return event
        ? new Member(true, name, signature, keccak, types.size(), 1 + indexed)
        : new Member(false, name, signature, keccak.substring(0, 10), types.size(), 0);
  }

  /** {@code tuple[2]} with components {@code uint256, bytes32} is {@code (uint256,bytes32)[2]}. */
  private static String canonicalType(JsonNode parameter) {
    String type = parameter.path("type").asText();
    if (!type.startsWith("tuple")) {
      return type;
    }
    List<String> components = new ArrayList<>();
    parameter.path("components").forEach(c -> components.add(canonicalType(c)));
    return "(" + String.join(",", components) + ")" + type.substring("tuple".length());
  }
}
