package io.chainexplorer.cli.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON object of one block's verdict in the report file. */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(ObjectMapper json, BlockVerdict verdict) {
    ObjectNode node = json.createObjectNode().put("block", verdict.blockNumber());
    if (verdict instanceof BlockVerdict.Match match) {
      node.put("result", "match").put("contentHash", match.hash());
    } else if (verdict instanceof BlockVerdict.Mismatch mismatch) {
      node.put("result", "mismatch")
          .put("contentHash", mismatch.hash())
          .put("coldStoreHash", mismatch.storedHash());
      ArrayNode entities = node.putArray("differences");
      for (EntityDiff diff : mismatch.differences()) {
        ObjectNode entity = entities.addObject().put("entity", diff.entity().directory());
        keys(entity.putArray("missingInColdStore"), diff.missingInColdStore());
        keys(entity.putArray("notDerivedFromBlock"), diff.unexpectedInColdStore());
        keys(entity.putArray("changed"), diff.changed());
      }
    } else if (verdict instanceof BlockVerdict.Missing missing) {
      node.put("result", "missing").put("contentHash", missing.hash());
    } else if (verdict instanceof BlockVerdict.Unavailable unavailable) {
      node.put("result", "unavailable").put("reason", unavailable.reason());
    }
    return node;
  }

  private static void keys(ArrayNode array, List<String> keys) {
    keys.forEach(array::add);
  }
}
