package io.chainexplorer.cli.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.CalldataDecoder;
import io.chainexplorer.decoder.abi.DecodeResult;
import io.chainexplorer.decoder.abi.DecodedValue;
import io.chainexplorer.decoder.abi.EventDecoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.util.ArrayList;
import java.util.List;

/** One input line to one output line: the input object plus "decoded" or "error". */
final class AbiLineDecoder {

  /** An output line and whether it carries an error. */
  record Outcome(String json, boolean error) {}

  private final ObjectMapper mapper = new ObjectMapper();

  Outcome decode(String line) {
    JsonNode input;
    try {
      input = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      ObjectNode out = mapper.createObjectNode().put("line", line);
      return error(out, "not JSON: " + e.getOriginalMessage());
    }
    if (!(input instanceof ObjectNode object)) {
      return error(mapper.createObjectNode().put("line", line), "not a JSON object");
    }
    try {
      DecodeResult result = decode(object);
      if (result instanceof DecodeResult.Malformed malformed) {
        return error(object, malformed.reason());
      }
      ArrayNode decoded = object.putArray("decoded");
      for (DecodedValue value : ((DecodeResult.Decoded) result).values()) {
        decoded.add(mapper.readTree(value.canonicalJson()));
      }
      return new Outcome(mapper.writeValueAsString(object), false);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      return error(object, e.getMessage());
    }
  }

  private DecodeResult decode(ObjectNode input) {
    if (input.hasNonNull("signature")) {
      AbiFunction function = SignatureParser.function(text(input, "signature"));
      return CalldataDecoder.decode(function, Hex.decode(text(input, "calldata")));
    }
    if (input.hasNonNull("event")) {
      AbiEvent event =
          SignatureParser.event(text(input, "event"), input.path("anonymous").asBoolean(false));
      JsonNode topicsNode = input.path("topics");
      if (!topicsNode.isArray()) {
        throw new IllegalArgumentException("\"topics\" is not an array");
      }
      List<byte[]> topics = new ArrayList<>();
      topicsNode.forEach(topic -> topics.add(Hex.decode(topic.asText())));
      return EventDecoder.decode(event, topics, Hex.decode(text(input, "data")));
    }
    throw new IllegalArgumentException("a line needs \"signature\" and \"calldata\", or \"event\"");
  }

  private static String text(ObjectNode input, String field) {
    JsonNode node = input.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
    }
    return node.asText();
  }

  private Outcome error(ObjectNode out, String reason) {
    out.put("error", reason);
    try {
      return new Outcome(mapper.writeValueAsString(out), true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
