package io.chainexplorer.decoder.sources;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.AbiJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One contract's parsed ABI: functions by selector, non-anonymous events by (topic0, topics). */
public final class ContractAbi {

  private final Map<String, AbiFunction> functions = new HashMap<>();
  private final Map<String, AbiEvent> events = new HashMap<>();

  private ContractAbi(List<AbiEntry> entries) {
    for (AbiEntry entry : entries) {
      if (entry instanceof AbiFunction function) {
        functions.putIfAbsent(function.selectorHex(), function);
      } else if (entry instanceof AbiEvent event && !event.anonymous()) {
        events.putIfAbsent(eventKey(event.topic0Hex(), event.topicCount()), event);
      }
    }
  }

  /** Parses a JSON ABI; throws IllegalArgumentException when it is not one. */
  public static ContractAbi parse(String abiJson) {
    return new ContractAbi(AbiJson.parse(abiJson));
  }

  public Optional<AbiFunction> function(String selectorHex) {
    return Optional.ofNullable(functions.get(selectorHex));
  }

  public Optional<AbiEvent> event(String topic0Hex, int topicCount) {
    return Optional.ofNullable(events.get(eventKey(topic0Hex, topicCount)));
  }

  private static String eventKey(String topic0Hex, int topicCount) {
    return topic0Hex + '/' + topicCount;
  }
}
