package io.chainexplorer.decoder.selectors;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiEvent;

/**
 * One signature of the selector database and the ABI it was taken from.
 *
 * @param origin where the signature comes from, e.g. {@code @openzeppelin/contracts@5.7.0/ERC20}
 */
public record SelectorEntry(AbiEntry entry, String origin) {

  /** What makes two entries the same: kind, canonical signature and, for events, indexed inputs. */
  String identity() {
    if (entry instanceof AbiEvent event) {
      StringBuilder mask = new StringBuilder("event ").append(event.signature()).append(' ');
      event.inputs().forEach(input -> mask.append(input.indexed() ? '1' : '0'));
      return mask.toString();
    }
    return "function " + entry.signature();
  }
}
