package io.chainexplorer.reliability.faults;

import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.Fault.Kind;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of the provider fault matrix: the faults injected into the stubs and the metric sample
 * (name and labels, as scraped) that must show them.
 */
enum FaultScenario {
  RATE_LIMIT_STORM(
      p -> p.both().forEach(s -> s.inject(Fault.httpStatus(429).times(4))),
      "chainexplorer_poller_key_rejections_total",
      "outcome=\"rate_limited\""),
  RATE_LIMIT_WITH_RETRY_AFTER(
      p -> p.both().forEach(s -> s.inject(Fault.tooManyRequests("1").times(6))),
      "chainexplorer_poller_key_rejections_total",
      "outcome=\"rate_limited\""),
  QUOTA_OF_ONE_KEY(
      p -> p.alpha.inject(Fault.httpStatus(402).forKey(StubbedProviders.ALPHA_ONE)),
      "chainexplorer_poller_key_rejections_total",
      "outcome=\"quota_exhausted\"",
      "alias=\"alpha/one\""),
  QUOTA_OF_EVERY_KEY(
      p -> {
        p.alpha.inject(Fault.httpStatus(402).forKey(StubbedProviders.ALPHA_ONE).times(1));
        p.alpha.inject(Fault.httpStatus(402).forKey(StubbedProviders.ALPHA_TWO).times(1));
        p.beta.inject(Fault.httpStatus(402).forKey(StubbedProviders.BETA_ONE).times(1));
      },
      "chainexplorer_poller_rpc_key_waits_seconds_count"),
  UNAUTHORIZED_KEY(
      p -> p.beta.inject(Fault.httpStatus(401).forKey(StubbedProviders.BETA_ONE)),
      "chainexplorer_poller_key_rejections_total",
      "outcome=\"unauthorized\"",
      "alias=\"beta/one\""),
  SERVER_ERROR_BURST(
      p -> p.both().forEach(s -> s.inject(Fault.httpStatus(503).times(4))),
      "chainexplorer_poller_rpc_retries_total",
      "reason=\"failed\""),
  TIMEOUTS(
      p -> p.both().forEach(s -> s.inject(Fault.delay(Duration.ofSeconds(3)).times(2))),
      "chainexplorer_poller_rpc_retries_total",
      "reason=\"failed\""),
  TRUNCATED_BODIES(
      p -> p.both().forEach(s -> s.inject(Fault.of(Kind.TRUNCATED_BODY).times(4))),
      "chainexplorer_poller_rpc_retries_total",
      "reason=\"failed\""),
  MALFORMED_BODIES(
      p -> p.both().forEach(s -> s.inject(Fault.of(Kind.MALFORMED_JSON).times(4))),
      "chainexplorer_poller_rpc_retries_total",
      "reason=\"failed\""),
  NULL_BLOCKS(
      p ->
          p.both()
              .forEach(
                  s ->
                      s.inject(
                          Fault.of(Kind.NULL_RESULT)
                              .forMethod("eth_getBlockByNumber")
                              .times(NullBlocks.PER_PROVIDER))),
      NullBlocks.METRIC,
      NullBlocks.LABELS),
  RECEIPTS_MISSING(
      p ->
          p.both()
              .forEach(
                  s ->
                      s.inject(
                          Fault.of(Kind.DROP_LAST_RECEIPT)
                              .forMethod("eth_getBlockReceipts")
                              .times(2))),
      "chainexplorer_poller_rpc_receipts_mismatches_total"),
  RECEIPTS_MISMATCHED(
      p ->
          p.both()
              .forEach(
                  s ->
                      s.inject(
                          Fault.of(Kind.WRONG_RECEIPT_BLOCK_HASH)
                              .forMethod("eth_getBlockReceipts")
                              .times(2))),
      "chainexplorer_poller_rpc_receipts_mismatches_total");

  /** Calls answered {@code null}: only a block the node lacks moves it, never a normal fetch. */
  static final class NullBlocks {

    static final String METRIC = "chainexplorer_poller_rpc_calls_total";
    static final String[] LABELS = {"method=\"eth_getBlockByNumber\"", "outcome=\"null\""};
    static final int PER_PROVIDER = 4;

    /** Null answers injected in all: both providers' stubs. */
    static final int INJECTED = 2 * PER_PROVIDER;

    private NullBlocks() {}
  }

  // Storms and bursts stay short of opening a circuit breaker (5 calls, 30 s open): longer ones
  // only add breaker wait time to the test, the handling is the same.

  private final Consumer<StubbedProviders> inject;
  private final String metric;
  private final List<String> labels;

  FaultScenario(Consumer<StubbedProviders> inject, String metric, String... labels) {
    this.inject = inject;
    this.metric = metric;
    this.labels = List.of(labels);
  }

  void inject(StubbedProviders providers) {
    inject.accept(providers);
  }

  /** The scraped sum that shows the fault was met (and handled). */
  double shown(Scrape scrape) {
    return scrape.sum(metric, labels.toArray(String[]::new));
  }

  String metric() {
    return metric + labels;
  }
}
