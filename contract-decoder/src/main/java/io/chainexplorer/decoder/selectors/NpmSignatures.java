package io.chainexplorer.decoder.selectors;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.standards.SignatureLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the selector database generated at build time from the ABIs of the npm packages
 * (OpenZeppelin, Uniswap): one tab-separated line per signature with kind, selector or topic0,
 * canonical signature, signature with names and origin; a line whose selector differs from the one
 * computed here is a build bug and throws.
 */
final class NpmSignatures {

  static final String RESOURCE = "io/chainexplorer/decoder/selectors/npm-signatures.tsv";

  private NpmSignatures() {}

  static List<SelectorEntry> load() {
    if (NpmSignatures.class.getClassLoader().getResource(RESOURCE) == null) {
      throw new IllegalStateException(
          "missing resource "
              + RESOURCE
              + ": the build generates it from node_modules (npm ci, then build contract-decoder)");
    }
    List<SelectorEntry> entries = new ArrayList<>();
    for (String line : SignatureLine.resourceLines(RESOURCE)) {
      entries.add(parse(line));
    }
    return entries;
  }

  static SelectorEntry parse(String line) {
    String[] fields = line.split("\t");
    if (fields.length < 5) {
      throw new IllegalStateException("selector database line with fewer than 5 fields: " + line);
    }
    AbiEntry entry = SignatureLine.parse(fields[3]).entry();
    String computed =
        entry instanceof AbiFunction function
            ? function.selectorHex()
            : ((AbiEvent) entry).topic0Hex();
    if (!computed.equals(fields[1]) || !entry.signature().equals(fields[2])) {
      throw new IllegalStateException(
          "selector database line disagrees with the parser (" + computed + "): " + line);
    }
    return new SelectorEntry(entry, fields[4]);
  }
}
