package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.util.ArrayList;
import java.util.List;

/** Maps a receipt's logs to the {@code logs} entity, keyed {@code txHash:logIndex}. */
public final class LogMapper {

  private LogMapper() {}

  /** The receipt's logs in log-index order, with the block coordinates. */
  public static List<Log> toLogs(RawBlock block, RawReceipt receipt) {
    List<Log> logs = new ArrayList<>(receipt.getLogs().size());
    for (RawLog raw : receipt.getLogs()) {
      logs.add(toLog(block, receipt, raw));
    }
    return logs;
  }

  public static Log toLog(RawBlock block, RawReceipt receipt, RawLog raw) {
    return Log.newBuilder()
        .setBlockNumber(block.getBlockNumber())
        .setBlockHash(block.getBlockHash())
        .setBlockTimestamp(block.getBlockTimestamp())
        .setTransactionHash(receipt.getTransactionHash())
        .setTransactionIndex(receipt.getTransactionIndex())
        .setLogIndex(raw.getLogIndex())
        .setAddress(raw.getAddress())
        .setTopics(new ArrayList<>(raw.getTopics()))
        .setData(raw.getData())
        .setRetracted(false)
        .build();
  }

  /** Key of the logs topic. */
  public static String key(Log log) {
    return TopicKeys.log(log.getTransactionHash(), log.getLogIndex());
  }
}
