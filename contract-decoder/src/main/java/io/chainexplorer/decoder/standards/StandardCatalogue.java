package io.chainexplorer.decoder.standards;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in standards (resources under {@code io/chainexplorer/decoder/standards/}): functions
 * by selector, events by (topic0, number of topics), in catalogue order.
 */
public final class StandardCatalogue {

  private static final String ROOT = "io/chainexplorer/decoder/standards/";
  private static final StandardCatalogue BUILT_IN = load();

  private final Map<String, List<StandardMember>> functions = new LinkedHashMap<>();
  private final Map<String, List<StandardMember>> events = new LinkedHashMap<>();
  private final Map<String, String> families = new LinkedHashMap<>();

  private StandardCatalogue() {}

  /** The catalogue shipped with the decoder, loaded once. */
  public static StandardCatalogue builtIn() {
    return BUILT_IN;
  }

  /** The members whose selector is {@code selectorHex} (lowercase 0x-hex), catalogue order. */
  public List<StandardMember> functions(String selectorHex) {
    return functions.getOrDefault(selectorHex, List.of());
  }

  /** The members of this topic0 (lowercase 0x-hex) and topic count, catalogue order. */
  public List<StandardMember> events(String topic0Hex, int topicCount) {
    return events.getOrDefault(eventKey(topic0Hex, topicCount), List.of());
  }

  /** The security-token family a function or event recognises, whatever ABI decoded it. */
  public Optional<String> recognisedFamily(AbiEntry entry) {
    return Optional.ofNullable(families.get(entryKey(entry)));
  }

  /** Number of distinct functions and events, for logs and tests. */
  public int size() {
    return functions.values().stream().mapToInt(List::size).sum()
        + events.values().stream().mapToInt(List::size).sum();
  }

  private static StandardCatalogue load() {
    StandardCatalogue catalogue = new StandardCatalogue();
    for (String line : SignatureLine.resourceLines(ROOT + "index.txt")) {
      String[] fields = line.split("\\s+");
      if (fields.length != 3) {
        throw new IllegalStateException("bad standards index line: " + line);
      }
      Optional<String> family = fields[2].equals("-") ? Optional.empty() : Optional.of(fields[2]);
      for (SignatureLine member : SignatureLine.readResource(ROOT + fields[0] + ".txt")) {
        catalogue.add(new StandardMember(fields[1], family, member.marker(), member.entry()));
      }
    }
    return catalogue;
  }

  private void add(StandardMember member) {
    AbiEntry entry = member.entry();
    Map<String, List<StandardMember>> index = entry instanceof AbiFunction ? functions : events;
    index.computeIfAbsent(lookupKey(entry), key -> new ArrayList<>()).add(member);
    if (member.recognises()) {
      families.putIfAbsent(entryKey(entry), member.securityFamily().orElseThrow());
    }
  }

  private static String lookupKey(AbiEntry entry) {
    if (entry instanceof AbiFunction function) {
      return function.selectorHex();
    }
    AbiEvent event = (AbiEvent) entry;
    return eventKey(event.topic0Hex(), event.topicCount());
  }

  private static String entryKey(AbiEntry entry) {
    return (entry instanceof AbiFunction ? "f:" : "e:") + lookupKey(entry);
  }

  private static String eventKey(String topic0Hex, int topicCount) {
    return topic0Hex + '/' + topicCount;
  }
}
