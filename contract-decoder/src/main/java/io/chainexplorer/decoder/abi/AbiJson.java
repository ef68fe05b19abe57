package io.chainexplorer.decoder.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Solidity JSON ABI (an array, or an object with an {@code abi} array) into its functions
 * and events; constructors, errors, fallback and receive entries are skipped. Bad JSON or types
 * throw IllegalArgumentException.
 */
public final class AbiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AbiJson() {}

  /** The functions and events of {@code abiJson}, in file order. */
  public static List<AbiEntry> parse(String abiJson) {
    JsonNode root;
    try {
      root = MAPPER.readTree(abiJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("ABI is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root != null && root.isObject() && root.has("abi")) {
      root = root.get("abi");
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("ABI is not a JSON array");
    }
    List<AbiEntry> entries = new ArrayList<>();
    for (JsonNode item : root) {
      String kind = item.path("type").asText("function");
      if (kind.equals("function")) {
        entries.add(new AbiFunction(item.path("name").asText(), inputs(item, false)));
      } else if (kind.equals("event")) {
        AbiEvent event =
            new AbiEvent(
                item.path("name").asText(),
                inputs(item, true),
                item.path("anonymous").asBoolean(false));
        if (event.topicCount() > 4) {
          throw new IllegalArgumentException("event " + event.signature() + " has >4 topics");
        }
        entries.add(event);
      }
    }
    return entries;
  }

  /** The functions of {@code abiJson}. */
  public static List<AbiFunction> functions(String abiJson) {
    return parse(abiJson).stream()
        .filter(AbiFunction.class::isInstance)
        .map(AbiFunction.class::cast)
        .toList();
  }

  /** The events of {@code abiJson}. */
  public static List<AbiEvent> events(String abiJson) {
    return parse(abiJson).stream()
        .filter(AbiEvent.class::isInstance)
        .map(AbiEvent.class::cast)
        .toList();
  }

  private static List<AbiParameter> inputs(JsonNode item, boolean event) {
    if (item.path("name").asText().isEmpty()) {
      throw new IllegalArgumentException("ABI entry without a name");
    }
    List<AbiParameter> inputs = new ArrayList<>();
    for (JsonNode input : item.path("inputs")) {
      AbiType type = TypeParser.parse(typeText(input, 0));
      boolean indexed = event && input.path("indexed").asBoolean(false);
      inputs.add(new AbiParameter(input.path("name").asText(""), type, indexed));
    }
    return inputs;
  }

  /** The type text of one input; {@code tuple} types spelt out from their components. */
  private static String typeText(JsonNode input, int depth) {
    if (depth > TypeParser.MAX_DEPTH) {
      throw new IllegalArgumentException("tuple nesting deeper than " + TypeParser.MAX_DEPTH);
    }
    String type = input.path("type").asText();
    if (!type.startsWith("tuple")) {
      return type;
    }
    List<String> components = new ArrayList<>();
    for (JsonNode component : input.path("components")) {
      components.add(typeText(component, depth + 1));
    }
    return "(" + String.join(",", components) + ")" + type.substring("tuple".length());
  }
}
