package io.chainexplorer.decoder.topology;

import io.chainexplorer.decoder.sources.AbiLookup;

/** The decoder's state: what lookups read, plus the two stores the decoder writes. */
interface DecoderState extends AbiLookup {

  /** Records the EIP-1967 target (implementation or {@code beacon:} address) of a contract. */
  void setProxyTarget(String contract, String target);

  /** Forgets a contract's proxy target if it still is {@code target} (its event was retracted). */
  void clearProxyTarget(String contract, String target);

  /** Records that {@code contract} is a security token of {@code family}, unless already known. */
  void recognise(String contract, String family);
}
