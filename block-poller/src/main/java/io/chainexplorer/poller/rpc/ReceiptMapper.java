package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one JSON-RPC receipt with its logs to a {@link RawReceipt}; {@code from}, {@code to} and
 * {@code type}, which pre-Byzantium nodes leave out of receipts, come from the matching
 * transaction.
 */
final class ReceiptMapper {

  private final JsonFields fields;

  ReceiptMapper(JsonFields fields) {
    this.fields = fields;
  }

  RawReceipt map(JsonNode receipt, String path, RawTransaction tx) throws MalformedBlockException {
    if (!receipt.isObject()) {
      throw fields.malformed(path, "is not a receipt object");
    }
    return RawReceipt.newBuilder()
        .setTransactionHash(fields.hash(receipt, path, "transactionHash"))
        .setTransactionIndex(fields.quantity(receipt, path, "transactionIndex"))
        .setType(receipt.has("type") ? fields.quantity(receipt, path, "type") : tx.getType())
        .setFrom(receipt.has("from") ? fields.address(receipt, path, "from") : tx.getFrom())
        .setTo(receipt.has("to") ? fields.optAddress(receipt, path, "to") : tx.getTo())
        .setStatus(fields.optQuantity(receipt, path, "status"))
        .setRoot(fields.optHash(receipt, path, "root"))
        .setGasUsed(fields.quantity(receipt, path, "gasUsed"))
        .setCumulativeGasUsed(fields.quantity(receipt, path, "cumulativeGasUsed"))
        .setEffectiveGasPrice(fields.optUint256(receipt, path, "effectiveGasPrice"))
        .setContractAddress(fields.optAddress(receipt, path, "contractAddress"))
        .setLogsBloom(fields.data(receipt, path, "logsBloom"))
        .setBlobGasUsed(fields.optQuantity(receipt, path, "blobGasUsed"))
        .setBlobGasPrice(fields.optUint256(receipt, path, "blobGasPrice"))
        .setLogs(logs(receipt, path))
        .build();
  }

  private List<RawLog> logs(JsonNode receipt, String path) throws MalformedBlockException {
    JsonNode logs = fields.array(receipt, path, "logs");
    List<RawLog> out = new ArrayList<>(logs.size());
    for (int i = 0; i < logs.size(); i++) {
      String logPath = JsonFields.join(path, "logs[" + i + "]");
      JsonNode log = logs.get(i);
      if (!log.isObject()) {
        throw fields.malformed(logPath, "is not a log object");
      }
      out.add(
          RawLog.newBuilder()
              .setAddress(fields.address(log, logPath, "address"))
              .setTopics(fields.hashes(log, logPath, "topics"))
              .setData(fields.data(log, logPath, "data"))
              .setLogIndex(fields.quantity(log, logPath, "logIndex"))
              .setRemoved(fields.optBoolean(log, logPath, "removed", false))
              .build());
    }
    return out;
  }
}
