package io.chainexplorer.bench.abi;

import io.chainexplorer.decoder.abi.CalldataDecoder;
import io.chainexplorer.decoder.abi.DecodeResult;
import io.chainexplorer.decoder.abi.EventDecoder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation decodes every {@link AbiBenchCases} case once (5 calls and 3 logs, values and
 * canonical JSON), so decodes per second are 8 times the ops per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AbiDecodeBenchmark {

  private List<AbiBenchCases.Call> calls;
  private List<AbiBenchCases.Log> logs;

  @Setup
  public void setUp() {
    calls = AbiBenchCases.calls();
    logs = AbiBenchCases.logs();
    for (AbiBenchCases.Call call : calls) {
      if (!(CalldataDecoder.decode(call.function(), call.calldata())
          instanceof DecodeResult.Decoded)) {
        throw new IllegalStateException("benchmark case does not decode: " + call.function());
      }
    }
  }

  @Benchmark
  public void decodeAll(Blackhole sink) {
    for (AbiBenchCases.Call call : calls) {
      sink.consume(CalldataDecoder.decode(call.function(), call.calldata()));
    }
    for (AbiBenchCases.Log log : logs) {
      sink.consume(EventDecoder.decode(log.event(), log.topics(), log.data()));
    }
  }
}
