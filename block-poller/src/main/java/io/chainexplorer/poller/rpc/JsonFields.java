package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict readers of JSON-RPC fields of one block: every malformed or missing required field is a
 * {@link MalformedBlockException} naming the block and the field path, never a default.
 */
final class JsonFields {

  private static final Pattern QUANTITY = Pattern.compile("0x[0-9a-fA-F]{1,64}");
  private static final Pattern DATA = Pattern.compile("0x(?:[0-9a-fA-F]{2})*");
  private static final int HASH_CHARS = 66;
  private static final int ADDRESS_CHARS = 42;

  private final String block;

  JsonFields(String block) {
    this.block = block;
  }

  String block() {
    return block;
  }

  MalformedBlockException malformed(String path, String reason) {
    return new MalformedBlockException(block, path, reason);
  }

  /** The field's node; absent and JSON {@code null} are both missing. */
  JsonNode required(JsonNode parent, String path, String field) throws MalformedBlockException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      throw malformed(join(path, field), "is missing");
    }
    return node;
  }

  static boolean present(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && !node.isNull();
  }

  long quantity(JsonNode parent, String path, String field) throws MalformedBlockException {
    return toLong(required(parent, path, field), join(path, field));
  }

  Long optQuantity(JsonNode parent, String path, String field) throws MalformedBlockException {
    return present(parent, field) ? quantity(parent, path, field) : null;
  }

  BigDecimal uint256(JsonNode parent, String path, String field) throws MalformedBlockException {
    return new BigDecimal(bigInteger(required(parent, path, field), join(path, field)));
  }

  BigDecimal optUint256(JsonNode parent, String path, String field) throws MalformedBlockException {
    return present(parent, field) ? uint256(parent, path, field) : null;
  }

  /** A QUANTITY kept as lowercase hex text (signature r and s). */
  String quantityText(JsonNode parent, String path, String field) throws MalformedBlockException {
    JsonNode node = required(parent, path, field);
    return checked(node, join(path, field), QUANTITY, "is not a hex quantity");
  }

  String hash(JsonNode parent, String path, String field) throws MalformedBlockException {
    return sized(required(parent, path, field), join(path, field), HASH_CHARS, "32-byte hash");
  }

  String optHash(JsonNode parent, String path, String field) throws MalformedBlockException {
    return present(parent, field) ? hash(parent, path, field) : null;
  }

  String address(JsonNode parent, String path, String field) throws MalformedBlockException {
    return sized(required(parent, path, field), join(path, field), ADDRESS_CHARS, "address");
  }

  String optAddress(JsonNode parent, String path, String field) throws MalformedBlockException {
    return present(parent, field) ? address(parent, path, field) : null;
  }

  /** Byte data of any length, lowercase {@code 0x}-hex. */
  String data(JsonNode parent, String path, String field) throws MalformedBlockException {
    JsonNode node = required(parent, path, field);
    return checked(node, join(path, field), DATA, "is not 0x-hex bytes");
  }

  String optData(JsonNode parent, String path, String field) throws MalformedBlockException {
    return present(parent, field) ? data(parent, path, field) : null;
  }

  JsonNode array(JsonNode parent, String path, String field) throws MalformedBlockException {
    JsonNode node = required(parent, path, field);
    if (!node.isArray()) {
      throw malformed(join(path, field), "is not an array");
    }
    return node;
  }

  List<String> hashes(JsonNode parent, String path, String field) throws MalformedBlockException {
    JsonNode array = array(parent, path, field);
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(sized(array.get(i), join(path, field) + "[" + i + "]", HASH_CHARS, "32-byte hash"));
    }
    return out;
  }

  List<String> optHashes(JsonNode parent, String path, String field)
      throws MalformedBlockException {
    return present(parent, field) ? hashes(parent, path, field) : null;
  }

  boolean optBoolean(JsonNode parent, String path, String field, boolean absent)
      throws MalformedBlockException {
    if (!present(parent, field)) {
      return absent;
    }
    JsonNode node = parent.get(field);
    if (!node.isBoolean()) {
      throw malformed(join(path, field), "is not a boolean");
    }
    return node.booleanValue();
  }

  long toLong(JsonNode node, String path) throws MalformedBlockException {
    BigInteger value = bigInteger(node, path);
    if (value.bitLength() > Long.SIZE - 1) {
      throw malformed(path, "exceeds a signed 64-bit quantity");
    }
    return value.longValueExact();
  }

  private BigInteger bigInteger(JsonNode node, String path) throws MalformedBlockException {
    String text = checked(node, path, QUANTITY, "is not a hex quantity of at most 256 bits");
    return new BigInteger(text.substring(2), 16);
  }

  private String sized(JsonNode node, String path, int chars, String what)
      throws MalformedBlockException {
    String text = checked(node, path, DATA, "is not a " + what);
    if (text.length() != chars) {
      throw malformed(path, "is not a " + what + " (" + (text.length() - 2) / 2 + " bytes)");
    }
    return text;
  }

  private String checked(JsonNode node, String path, Pattern pattern, String reason)
      throws MalformedBlockException {
    if (!node.isTextual() || !pattern.matcher(node.textValue()).matches()) {
      throw malformed(path, reason);
    }
    return node.textValue().toLowerCase(Locale.ROOT);
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
