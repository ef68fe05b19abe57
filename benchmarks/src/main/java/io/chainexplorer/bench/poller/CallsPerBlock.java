package io.chainexplorer.bench.poller;

import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.poller.chain.BlockSchedule;
import io.chainexplorer.poller.chain.FollowerMetrics;
import io.chainexplorer.poller.chain.HeadFollower;
import io.chainexplorer.poller.chain.Pacer;
import io.chainexplorer.poller.chain.ReorgDetector;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolListener;
import io.chainexplorer.poller.keys.KeySources;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.ProviderProfile;
import io.chainexplorer.poller.keys.UsageLedger;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Calls per block of the head follower at steady state: anvil mines a block every {@code
 * blockSeconds} behind the counting {@link JsonRpcStub} (proxy mode); the real {@link
 * HeadFollower}, {@link RpcBlockSource} and key pool follow it into a counting in-memory sink for
 * {@code blocks} blocks after a warm-up block, and the calls the stub received are printed by
 * method.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.chainexplorer.bench.poller.CallsPerBlock
 * <blockSeconds> <blocks>} from the repository root (anvil is taken from {@code node_modules}).
 */
public final class CallsPerBlock {

  private static final String CHAIN = "bench";

  private CallsPerBlock() {}

  public static void main(String[] args) throws Exception {
    int blockSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Clock clock = Clock.systemUTC();
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().blockTime(blockSeconds).start();
        JsonRpcStub stub = JsonRpcStub.proxying(anvil.rpcUrl());
        CallsPerBlockLoad load = CallsPerBlockLoad.start(anvil.rpc(), Duration.ofSeconds(1))) {
      CallsPerBlockSink sink = new CallsPerBlockSink();
      HeadFollower follower = follower(stub, blockSeconds, clock, sink);
      follower.advance(() -> true);
      stub.resetCounters();
      long before = sink.blocks();
      long started = System.nanoTime();
      follower.run(() -> sink.blocks() - before < blocks);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      report(blockSeconds, sink.blocks() - before, sink.transactions(), took, stub, load);
    }
  }

  private static HeadFollower follower(
      JsonRpcStub stub, int blockSeconds, Clock clock, CallsPerBlockSink sink) {
    String keyed = stub.url("k").toString();
    String template = keyed.substring(0, keyed.length() - 1) + Provider.KEY_PLACEHOLDER;
    Provider provider = Provider.of("local", template, ProviderProfile.GENERIC);
    DefaultKeyPool pool =
        new DefaultKeyPool(
            Map.of(provider, KeySources.fromEnvValue("local", "BENCH_KEYS", "bench=k-1")),
            UsageLedger.inMemory(),
            clock,
            KeyPoolListener.NONE);
    RpcBlockSource source =
        RpcBlockSource.create(pool, RpcSettings.defaults(CHAIN, 31_337), new SimpleMeterRegistry());
    return new HeadFollower(
        source,
        new ReorgDetector(128, 12, List.of(), clock),
        sink,
        new BlockSchedule(Duration.ofSeconds(blockSeconds)),
        Pacer.sleeping(clock),
        clock,
        new FollowerMetrics(clock),
        OptionalLong.empty());
  }

  private static void report(
      int blockSeconds,
      long blocks,
      long transactions,
      Duration took,
      JsonRpcStub stub,
      CallsPerBlockLoad load) {
    Map<String, Long> byMethod = new TreeMap<>(stub.callsByMethod());
    long calls = stub.calls();
    System.out.printf(
        "block time %d s: %d blocks (%d transactions sent, %d in published blocks) in %d s%n",
        blockSeconds, blocks, load.sent(), transactions, took.toSeconds());
    byMethod.forEach((method, count) -> System.out.printf("  %-28s %6d%n", method, count));
    System.out.printf(
        "  %-28s %6d%n  HTTP exchanges               %6d%n",
        "total calls", calls, stub.exchanges());
    System.out.printf("calls per block: %.3f (goal <= 2.2)%n", (double) calls / blocks);
  }
}
