package io.chainexplorer.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The last clustering position a page read, as an opaque token: the next page starts strictly after
 * it, so rows written meanwhile at newer positions neither shift nor repeat what follows.
 *
 * @param listing the listing that handed it out
 * @param key the listing's key (address) it belongs to
 * @param bucket the bucket the position is in
 * @param position one value per clustering column (Long or String)
 */
public record Cursor(String listing, String key, int bucket, List<Object> position) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Cursor {
    position = List.copyOf(position);
  }

  /** The token a client sends back. */
  public String encode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("l", listing).put("k", key).put("b", bucket);
    ArrayNode values = node.putArray("p");
    for (Object value : position) {
      if (value instanceof Long number) {
        values.add(number);
      } else {
        values.add((String) value);
      }
    }
    byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The cursor a token stands for, checked against the listing and key it is used with.
   *
   * @throws InvalidCursorException when the token is not one this listing handed out for this key
   */
  public static Cursor decode(String token, Listing listing, String key) {
    JsonNode node;
    try {
      node = JSON.readTree(Base64.getUrlDecoder().decode(token));
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidCursorException("not a cursor of this API");
    }
    if (node == null
        || !node.path("l").asText("").equals(listing.name())
        || !node.path("k").asText("").equals(key)) {
      throw new InvalidCursorException("the cursor belongs to another listing or address");
    }
    JsonNode bucket = node.path("b");
    JsonNode values = node.path("p");
    if (!bucket.isInt() || !Buckets.valid(bucket.intValue()) || !values.isArray()) {
      throw new InvalidCursorException("the cursor is malformed");
    }
    return new Cursor(listing.name(), key, bucket.intValue(), position(values, listing));
  }

  private static List<Object> position(JsonNode values, Listing listing) {
    List<Column> columns = listing.clustering();
    if (values.size() != columns.size()) {
      throw new InvalidCursorException("the cursor is malformed");
    }
    List<Object> position = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      JsonNode value = values.get(i);
      boolean fits =
          columns.get(i).text()
              ? value.isTextual()
              : value.isIntegralNumber() && value.canConvertToLong();
      if (!fits) {
        throw new InvalidCursorException("the cursor is malformed");
      }
      position.add(columns.get(i).text() ? value.textValue() : (Object) value.longValue());
    }
    return position;
  }
}
