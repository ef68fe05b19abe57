package io.chainexplorer.poller.rpc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which keys' endpoints answered that they lack a trace method, remembered for the life of the
 * process like {@link BlockReceiptsCapability}; a method is given up once a key known to lack it
 * was the only one left to ask, so an endpoint with neither method costs no call after that.
 */
final class TraceCapability {

  private final Map<TraceMethod, Set<String>> lacking = new EnumMap<>(TraceMethod.class);
  private final Set<TraceMethod> givenUp = ConcurrentHashMap.newKeySet();

  TraceCapability() {
    for (TraceMethod method : TraceMethod.values()) {
      lacking.put(method, ConcurrentHashMap.newKeySet());
    }
  }

  /** Aliases to avoid when asking for {@code method}. */
  Set<String> avoid(TraceMethod method) {
    return Set.copyOf(lacking.get(method));
  }

  boolean worthTrying(TraceMethod method) {
    return !givenUp.contains(method);
  }

  /** Records that {@code alias} lacks {@code method}; true when it was already known to. */
  boolean lacks(TraceMethod method, String alias) {
    boolean known = !lacking.get(method).add(alias);
    if (known) {
      // The pool served a key we asked it to avoid: no other key could, so none has the method.
      givenUp.add(method);
    }
    return known;
  }

  /** True when no endpoint tried offers either method. */
  boolean noneOffered() {
    return givenUp.size() == TraceMethod.values().length;
  }
}
