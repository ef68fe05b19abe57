package io.chainexplorer.testsupport.rpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** The armed faults of a stub, consumed in the order they were added; thread-safe. */
final class FaultScript {

  private final List<Armed> armed = new ArrayList<>();
  private final Map<Fault.Kind, Long> applied = new EnumMap<>(Fault.Kind.class);
  private final Random random;

  FaultScript(long seed) {
    this.random = new Random(seed);
  }

  synchronized void add(Fault fault) {
    armed.add(new Armed(fault));
  }

  synchronized void clear() {
    armed.clear();
  }

  /** How many exchanges or members a fault of {@code kind} was taken for so far. */
  synchronized long applied(Fault.Kind kind) {
    return applied.getOrDefault(kind, 0L);
  }

  /** The first whole-exchange fault matching a request of {@code key} with {@code methods}. */
  synchronized Optional<Fault> forExchange(String key, Collection<String> methods) {
    return take(key, methods, true);
  }

  /** The first member fault matching one call of {@code method} with {@code key}. */
  synchronized Optional<Fault> forMember(String key, String method) {
    return take(key, List.of(method), false);
  }

  private Optional<Fault> take(String key, Collection<String> methods, boolean exchange) {
    Iterator<Armed> it = armed.iterator();
    while (it.hasNext()) {
      Armed a = it.next();
      Fault f = a.fault;
      boolean matches =
          f.kind().wholeExchange() == exchange
              && f.key().map(key::equals).orElse(true)
              && f.method().map(methods::contains).orElse(true);
      if (!matches || (f.fraction() < 1.0 && random.nextDouble() >= f.fraction())) {
        continue;
      }
      if (f.times() >= 0 && ++a.used >= f.times()) {
        it.remove();
      }
      applied.merge(f.kind(), 1L, Long::sum);
      return Optional.of(f);
    }
    return Optional.empty();
  }

  private static final class Armed {
    private final Fault fault;
    private int used;

    private Armed(Fault fault) {
      this.fault = fault;
    }
  }
}
