package io.chainexplorer.devnet;

import io.chainexplorer.devnet.contracts.Deployer;
import io.chainexplorer.devnet.contracts.Deployment;
import io.chainexplorer.devnet.rpc.DevnetRpc;
import io.chainexplorer.devnet.traffic.ReceiptWatcher;
import io.chainexplorer.devnet.traffic.TrafficCounters;
import io.chainexplorer.devnet.traffic.TrafficMix;
import io.chainexplorer.devnet.traffic.TrafficSteps;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a devnet real work: deploys the devnet's contracts from the node's unlocked dev accounts,
 * upgrades the proxy once, then sends the settings' mix of transactions at their rate on a
 * background thread until closed.
 */
public final class TrafficGenerator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TrafficGenerator.class);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(2);
  private static final long RECEIPT_POLL_MILLIS = 500;

  private final DevnetRpc rpc;
  private final TrafficSettings settings;
  private final Deployment deployment;
  private final TrafficMix mix;
  private final TrafficSteps steps;
  private final TrafficCounters counters = new TrafficCounters();
  private final ReceiptWatcher watcher;
  private final ScheduledExecutorService scheduler;

  private TrafficGenerator(
      DevnetRpc rpc, TrafficSettings settings, Deployment deployment, long fromBlock) {
    this.rpc = rpc;
    this.settings = settings;
    this.deployment = deployment;
    this.mix = new TrafficMix(settings.weights());
    this.steps = new TrafficSteps(deployment, settings.seed());
    this.watcher = new ReceiptWatcher(rpc, counters, fromBlock);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "devnet-traffic");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Deploys the contracts (blocking until they are mined) and starts sending traffic.
   *
   * @param rpcUrl a devnet node whose dev accounts are unlocked, such as anvil
   * @throws IllegalStateException when the node lacks accounts or a deployment step fails
   */
  public static TrafficGenerator start(URI rpcUrl, TrafficSettings settings) {
    DevnetRpc rpc = new DevnetRpc(rpcUrl);
    List<String> accounts = rpc.accounts(settings.accounts());
    Deployment deployment = new Deployer(rpc, DEPLOY_TIMEOUT).deploy(accounts);
    TrafficGenerator generator = new TrafficGenerator(rpc, settings, deployment, rpc.blockNumber());
    generator.run();
    LOG.info("devnet traffic started: {}", settings);
    return generator;
  }

  /** Where the contracts went. */
  public Deployment deployment() {
    return deployment;
  }

  public TrafficSettings settings() {
    return settings;
  }

  /** What has been sent and mined so far, by kind. */
  public TrafficStats stats() {
    return counters.snapshot();
  }

  /** Stops sending; transactions already sent may still be mined. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("devnet traffic thread did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("devnet traffic stopped: {}", stats());
  }

  private void run() {
    long periodNanos = Math.round(TimeUnit.SECONDS.toNanos(1) / settings.rate());
    scheduler.scheduleAtFixedRate(this::sendNext, 0, periodNanos, TimeUnit.NANOSECONDS);
    scheduler.scheduleWithFixedDelay(
        this::pollReceipts, RECEIPT_POLL_MILLIS, RECEIPT_POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void sendNext() {
    TrafficSteps.Step step = steps.next(mix.next());
    try {
      String hash = rpc.send(step.request());
      counters.sent(step.kind());
      watcher.sent(hash, step.kind());
    } catch (RuntimeException e) {
      long refused = counters.refused();
      // Powers of two: a node that went away is reported without flooding the log.
      if (Long.bitCount(refused) == 1) {
        LOG.warn(
            "devnet node refused a {} transaction ({} refused so far): {}",
            step.kind().configName(),
            refused,
            e.getMessage());
      }
    }
  }

  private void pollReceipts() {
    try {
      watcher.poll();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log and try at the next poll.
      LOG.warn("reading devnet receipts failed, retrying: {}", e.getMessage());
    }
  }
}
