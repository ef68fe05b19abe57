package io.chainexplorer.poller.rpc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which keys' endpoints answered that they lack {@code eth_getBlockReceipts}, remembered for the
 * life of the process so later blocks avoid them (or fetch receipts per transaction there).
 */
final class BlockReceiptsCapability {

  private final Set<String> lacking = ConcurrentHashMap.newKeySet();
  private final Set<String> providersLacking = ConcurrentHashMap.newKeySet();

  void lacks(String provider, String alias) {
    lacking.add(alias);
    providersLacking.add(provider);
  }

  /** Aliases to avoid when asking for block receipts. */
  Set<String> avoid() {
    return Set.copyOf(lacking);
  }

  boolean providerLacks(String provider) {
    return providersLacking.contains(provider);
  }
}
