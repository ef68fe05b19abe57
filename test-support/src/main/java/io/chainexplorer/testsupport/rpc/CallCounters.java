package io.chainexplorer.testsupport.rpc;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Calls counted at the server: HTTP exchanges per key, JSON-RPC calls per key and method. */
final class CallCounters {

  private final Map<String, AtomicLong> exchanges = new ConcurrentHashMap<>();
  private final Map<String, Map<String, AtomicLong>> calls = new ConcurrentHashMap<>();

  void exchange(String key) {
    exchanges.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  void call(String key, String method) {
    calls
        .computeIfAbsent(key, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(method, m -> new AtomicLong())
        .incrementAndGet();
  }

  long exchanges(String key) {
    AtomicLong n = exchanges.get(key);
    return n == null ? 0 : n.get();
  }

  long exchanges() {
    return exchanges.values().stream().mapToLong(AtomicLong::get).sum();
  }

  long calls(String key, String method) {
    AtomicLong n = calls.getOrDefault(key, Map.of()).get(method);
    return n == null ? 0 : n.get();
  }

  long callsOf(String method) {
    return calls.keySet().stream().mapToLong(key -> calls(key, method)).sum();
  }

  long calls() {
    return calls.values().stream()
        .flatMap(m -> m.values().stream())
        .mapToLong(AtomicLong::get)
        .sum();
  }

  /** Calls by method over all keys, sorted by method. */
  Map<String, Long> byMethod() {
    Map<String, Long> out = new TreeMap<>();
    calls.values().forEach(m -> m.forEach((method, n) -> out.merge(method, n.get(), Long::sum)));
    return out;
  }

  void reset() {
    exchanges.clear();
    calls.clear();
  }
}
