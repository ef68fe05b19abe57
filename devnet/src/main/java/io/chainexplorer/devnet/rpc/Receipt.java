package io.chainexplorer.devnet.rpc;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a transaction receipt the generator uses.
 *
 * @param contractAddress the created contract, empty unless the transaction created one
 * @param logs the logs in receipt order
 */
public record Receipt(
    String transactionHash,
    long blockNumber,
    boolean succeeded,
    Optional<String> contractAddress,
    List<Log> logs) {

  /** One log: emitter, topics (topic0 first) and data, all as 0x-prefixed lower-case hex. */
  public record Log(String address, List<String> topics, String data) {}

  /** The first log emitted by {@code address} with {@code topic0}, if any. */
  public Optional<Log> firstLog(String address, String topic0) {
    return logs.stream()
        .filter(log -> log.address().equalsIgnoreCase(address))
        .filter(log -> !log.topics().isEmpty() && log.topics().get(0).equalsIgnoreCase(topic0))
        .findFirst();
  }
}
