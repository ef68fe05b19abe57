package io.chainexplorer.decoder.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses text signatures such as {@code transfer(address,uint256)} or {@code Transfer(address
 * indexed from,address indexed to,uint256)}; bad text throws IllegalArgumentException.
 */
public final class SignatureParser {
  private SignatureParser() {}

  /** A function; parameter names are optional, {@code indexed} is rejected. */
  public static AbiFunction function(String signature) {
    TypeParser parser = new TypeParser(signature);
    String name = header(parser, "function");
    List<AbiParameter> inputs = parameters(parser, false);
    return new AbiFunction(name, inputs);
  }

  /** A non-anonymous event; {@code indexed} after a type marks it indexed. */
  public static AbiEvent event(String signature) {
    return event(signature, false);
  }

  /** An event, anonymous or not. */
  public static AbiEvent event(String signature, boolean anonymous) {
    TypeParser parser = new TypeParser(signature);
    String name = header(parser, "event");
    List<AbiParameter> inputs = parameters(parser, true);
    AbiEvent event = new AbiEvent(name, inputs, anonymous);
    if (event.topicCount() > 4) {
      throw new IllegalArgumentException("more than " + (anonymous ? 4 : 3) + " indexed inputs");
    }
    return event;
  }

  private static String header(TypeParser parser, String keyword) {
    parser.skipSpaces();
    String name = parser.identifier();
    parser.skipSpaces();
    if (name.equals(keyword) && parser.peek() != '(') {
      name = parser.identifier();
    }
    parser.expect('(');
    return name;
  }

  private static List<AbiParameter> parameters(TypeParser parser, boolean event) {
    List<AbiParameter> inputs = new ArrayList<>();
    if (parser.peek() == ')') {
      parser.expect(')');
      parser.expectEnd();
      return inputs;
    }
    while (true) {
      AbiType type = parser.type(0);
      String word = parser.optionalName();
      boolean indexed = "indexed".equals(word);
      if (indexed && !event) {
        throw parser.error("'indexed' in a function");
      }
      String name = indexed ? parser.optionalName() : word;
      inputs.add(new AbiParameter(name, type, indexed));
      if (parser.peek() == ',') {
        parser.expect(',');
      } else {
        break;
      }
    }
    parser.expect(')');
    parser.expectEnd();
    return inputs;
  }
}
