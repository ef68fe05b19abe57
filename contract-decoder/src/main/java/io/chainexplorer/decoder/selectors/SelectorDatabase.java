package io.chainexplorer.decoder.selectors;

import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.DecodeResult;
import io.chainexplorer.decoder.abi.EventDecoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.standards.SignatureLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text signatures of functions and events outside the standards, from a curated resource (no
 * network at run time). An ambiguous selector keeps the candidate whose decoding re-encodes to
 * exactly the same calldata; when none does, it says so.
 */
public final class SelectorDatabase {

  /** Name of the database, reported as the detail of what it decodes. */
  public static final String NAME = "curated-signatures";

  private static final String RESOURCE = "io/chainexplorer/decoder/selectors/signatures.txt";
  private static final SelectorDatabase BUILT_IN = new SelectorDatabase(load());

  private final Map<String, List<AbiFunction>> functions = new LinkedHashMap<>();
  private final Map<String, List<AbiEvent>> events = new LinkedHashMap<>();

  /** A database of the given signatures, in order of preference. */
  public SelectorDatabase(List<SignatureLine> lines) {
    for (SignatureLine line : lines) {
      if (line.entry() instanceof AbiFunction function) {
        functions.computeIfAbsent(function.selectorHex(), k -> new ArrayList<>()).add(function);
      } else {
        AbiEvent event = (AbiEvent) line.entry();
        events
            .computeIfAbsent(
                eventKey(event.topic0Hex(), event.topicCount()), k -> new ArrayList<>())
            .add(event);
      }
    }
  }

  /** The database shipped with the decoder. */
  public static SelectorDatabase builtIn() {
    return BUILT_IN;
  }

  /** The function of {@code calldata} (at least 4 bytes), checked by re-encoding. */
  public SelectorMatch function(byte[] calldata) {
    String selector = Hex.encode(calldata, 0, 4);
    List<AbiFunction> candidates = functions.getOrDefault(selector, List.of());
    if (candidates.isEmpty()) {
      return new SelectorMatch.Unknown(selector);
    }
    AbiFunction kept = null;
    int fitting = 0;
    for (AbiFunction candidate : candidates) {
      if (AbiEncoder.reencodesExactly(candidate, calldata)) {
        fitting++;
        kept = kept == null ? candidate : kept;
      }
    }
    return kept == null
        ? new SelectorMatch.NoneFits(selector, candidates.size())
        : new SelectorMatch.Fits(kept, candidates.size(), fitting);
  }

  /** The event of a log with these topics (topic0 first) and data. */
  public SelectorMatch event(List<byte[]> topics, byte[] data) {
    String topic0 = Hex.encode(topics.get(0));
    List<AbiEvent> candidates = events.getOrDefault(eventKey(topic0, topics.size()), List.of());
    if (candidates.isEmpty()) {
      return new SelectorMatch.Unknown(topic0);
    }
    AbiEvent kept = null;
    int fitting = 0;
    for (AbiEvent candidate : candidates) {
      if (EventDecoder.decode(candidate, topics, data) instanceof DecodeResult.Decoded) {
        fitting++;
        kept = kept == null ? candidate : kept;
      }
    }
    return kept == null
        ? new SelectorMatch.NoneFits(topic0, candidates.size())
        : new SelectorMatch.Fits(kept, candidates.size(), fitting);
  }

  private static List<SignatureLine> load() {
    return SignatureLine.readResource(RESOURCE);
  }

  private static String eventKey(String topic0Hex, int topicCount) {
    return topic0Hex + '/' + topicCount;
  }
}
