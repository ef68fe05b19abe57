package io.chainexplorer.decoder.selectors;

import io.chainexplorer.decoder.abi.AbiEntry;

/** What the selector database says of one call or log. */
public sealed interface SelectorMatch {

  /**
   * A candidate fits: it decodes and (for calls) re-encodes to exactly the same bytes.
   *
   * @param candidates how many signatures share the selector
   * @param fitting how many of them fit; the first in database order is kept
   */
  record Fits(SelectorEntry kept, int candidates, int fitting) implements SelectorMatch {

    public AbiEntry entry() {
      return kept.entry();
    }

    /** Which ABI decoded it and why this candidate, e.g. {@code ... (1 of 2 re-encode)}. */
    public String detail() {
      return candidates == 1
          ? kept.origin()
          : kept.origin() + " (" + fitting + " of " + candidates + " candidates re-encode)";
    }
  }

  /** Signatures share the selector but none decodes and re-encodes to the same calldata. */
  record NoneFits(String selector, int candidates) implements SelectorMatch {}

  /** The database has no signature of this selector. */
  record Unknown(String selector) implements SelectorMatch {}
}
