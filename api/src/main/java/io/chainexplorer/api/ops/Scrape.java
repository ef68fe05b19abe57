package io.chainexplorer.api.ops;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What one round of scrapes read: every target's samples, and per target whether it answered.
 *
 * @param samples the samples of every target that answered
 * @param targets each configured target, shown without credentials, and whether it answered
 */
public record Scrape(List<Sample> samples, List<Target> targets) {

  /** One scrape target: its URL without user info or query, and whether it answered. */
  public record Target(String url, boolean up) {}

  public Scrape {
    samples = List.copyOf(samples);
    targets = List.copyOf(targets);
  }

  /** The samples named {@code name}. */
  public Stream<Sample> named(String name) {
    return samples.stream().filter(s -> s.name().equals(name));
  }

  /** The samples whose name passes {@code test}. */
  public Stream<Sample> matching(Predicate<String> test) {
    return samples.stream().filter(s -> test.test(s.name()));
  }
}
