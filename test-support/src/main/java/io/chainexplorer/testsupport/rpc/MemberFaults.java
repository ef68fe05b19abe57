package io.chainexplorer.testsupport.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** Applies one member fault to a correct answer (or replaces it). */
final class MemberFaults {

  /** A block hash no mainnet block has. */
  static final String FOREIGN_BLOCK_HASH = "0x" + "ee".repeat(32);

  ObjectNode answer(Fault fault, String method, Supplier<ObjectNode> correct) {
    if (fault == null) {
      return correct.get();
    }
    switch (fault.kind()) {
      case METHOD_NOT_FOUND:
        return JsonRpcStub.error(
            -32601, "the method " + method + " does not exist/is not available");
      case QUOTA_ERROR:
        return JsonRpcStub.error(-32005, "daily request count exceeded, request rate limited");
      case NULL_RESULT:
        return JsonRpcStub.result(Answers.JSON.nullNode());
      case MISSING_RESULT:
        return Answers.JSON.createObjectNode();
      case ALTER_RESULT:
        return alter(fault, correct.get());
      default:
        return spoilReceipts(fault.kind(), correct.get());
    }
  }

  private static ObjectNode alter(Fault fault, ObjectNode answer) {
    JsonNode result = answer.get("result");
    if (result != null && !result.isNull()) {
      answer.set("result", fault.alteration().apply(result));
    }
    return answer;
  }

  private static ObjectNode spoilReceipts(Fault.Kind kind, ObjectNode answer) {
    JsonNode result = answer.get("result");
    if (result == null || result.isNull()) {
      return answer;
    }
    if (kind == Fault.Kind.DROP_LAST_RECEIPT && result.isArray() && !result.isEmpty()) {
      ((ArrayNode) result).remove(result.size() - 1);
    } else if (kind == Fault.Kind.WRONG_RECEIPT_BLOCK_HASH) {
      if (result.isArray()) {
        result.forEach(r -> ((ObjectNode) r).put("blockHash", FOREIGN_BLOCK_HASH));
      } else if (result.isObject()) {
        ((ObjectNode) result).put("blockHash", FOREIGN_BLOCK_HASH);
      }
    }
    return answer;
  }
}
