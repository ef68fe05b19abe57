package io.chainexplorer.decoder.sources;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed user ABIs by contract address, re-parsed only when the JSON text changes; at most {@link
 * #CAPACITY} contracts, least recently used evicted. An ABI that does not parse counts as absent.
 */
public final class UserAbiCache {

  static final int CAPACITY = 1024;

  private record Parsed(String json, Optional<ContractAbi> abi) {}

  private final Map<String, Parsed> parsed =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
          return size() > CAPACITY;
        }
      };
  private final Runnable onInvalid;

  /** {@code onInvalid} runs once per ABI text that does not parse. */
  public UserAbiCache(Runnable onInvalid) {
    this.onInvalid = onInvalid;
  }

  /** The parsed ABI of {@code json} (the current user ABI of {@code address}, or null). */
  public Optional<ContractAbi> get(String address, String json) {
    if (json == null) {
      parsed.remove(address);
      return Optional.empty();
    }
    Parsed cached = parsed.get(address);
    if (cached != null && cached.json().equals(json)) {
      return cached.abi();
    }
    Optional<ContractAbi> abi;
    try {
      abi = Optional.of(ContractAbi.parse(json));
    } catch (IllegalArgumentException e) {
      onInvalid.run();
      abi = Optional.empty();
    }
    parsed.put(address, new Parsed(json, abi));
    return abi;
  }
}
