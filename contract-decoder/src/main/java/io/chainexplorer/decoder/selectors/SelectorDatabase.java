package io.chainexplorer.decoder.selectors;

import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.DecodeResult;
import io.chainexplorer.decoder.abi.EventDecoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.standards.SignatureLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text signatures of functions and events outside the standards: the ABIs of the npm packages
 * (generated at build time), then a curated list; no network at run time. An ambiguous selector
 * keeps the first candidate whose decoding re-encodes to exactly the same calldata; when none does,
 * it says so.
 */
public final class SelectorDatabase {

  /** Origin of the signatures of the curated resource. */
  public static final String CURATED = "curated-signatures";

  private static final String CURATED_RESOURCE =
      "io/chainexplorer/decoder/selectors/signatures.txt";
  private static volatile SelectorDatabase builtIn;

  private final Map<String, List<SelectorEntry>> functions = new LinkedHashMap<>();
  private final Map<String, List<SelectorEntry>> events = new LinkedHashMap<>();
  private int functionCount;
  private int eventCount;

  /** A database of the given entries in order of preference; repeated signatures are skipped. */
  public SelectorDatabase(List<SelectorEntry> entries) {
    Set<String> seen = new HashSet<>();
    for (SelectorEntry candidate : entries) {
      if (!seen.add(candidate.identity())) {
        continue;
      }
      if (candidate.entry() instanceof AbiFunction function) {
        functions.computeIfAbsent(function.selectorHex(), k -> new ArrayList<>()).add(candidate);
        functionCount++;
      } else {
        AbiEvent event = (AbiEvent) candidate.entry();
        events
            .computeIfAbsent(
                eventKey(event.topic0Hex(), event.topicCount()), k -> new ArrayList<>())
            .add(candidate);
        eventCount++;
      }
    }
  }

  /** The entries of signature lines, all of one origin. */
  public static List<SelectorEntry> entries(List<SignatureLine> lines, String origin) {
    return lines.stream().map(line -> new SelectorEntry(line.entry(), origin)).toList();
  }

  /** The database shipped with the decoder: npm ABIs first, then the curated signatures. */
  public static SelectorDatabase builtIn() {
    SelectorDatabase database = builtIn;
    if (database == null) {
      synchronized (SelectorDatabase.class) {
        if (builtIn == null) {
          List<SelectorEntry> all = new ArrayList<>(NpmSignatures.load());
          all.addAll(entries(SignatureLine.readResource(CURATED_RESOURCE), CURATED));
          builtIn = new SelectorDatabase(all);
        }
        database = builtIn;
      }
    }
    return database;
  }

  /** Distinct function signatures held. */
  public int functionCount() {
    return functionCount;
  }

  /** Distinct event signatures (with their indexed inputs) held. */
  public int eventCount() {
    return eventCount;
  }

  /** The function of {@code calldata} (at least 4 bytes), checked by re-encoding. */
  public SelectorMatch function(byte[] calldata) {
    String selector = Hex.encode(calldata, 0, 4);
    List<SelectorEntry> candidates = functions.getOrDefault(selector, List.of());
    if (candidates.isEmpty()) {
      return new SelectorMatch.Unknown(selector);
    }
    SelectorEntry kept = null;
    int fitting = 0;
    for (SelectorEntry candidate : candidates) {
      if (AbiEncoder.reencodesExactly((AbiFunction) candidate.entry(), calldata)) {
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
    List<SelectorEntry> candidates =
        events.getOrDefault(eventKey(topic0, topics.size()), List.of());
    if (candidates.isEmpty()) {
      return new SelectorMatch.Unknown(topic0);
    }
    SelectorEntry kept = null;
    int fitting = 0;
    for (SelectorEntry candidate : candidates) {
      AbiEvent event = (AbiEvent) candidate.entry();
      if (EventDecoder.decode(event, topics, data) instanceof DecodeResult.Decoded) {
        fitting++;
        kept = kept == null ? candidate : kept;
      }
    }
    return kept == null
        ? new SelectorMatch.NoneFits(topic0, candidates.size())
        : new SelectorMatch.Fits(kept, candidates.size(), fitting);
  }

  private static String eventKey(String topic0Hex, int topicCount) {
    return topic0Hex + '/' + topicCount;
  }
}
