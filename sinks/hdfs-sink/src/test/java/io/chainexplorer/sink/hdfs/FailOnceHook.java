package io.chainexplorer.sink.hdfs;

import io.chainexplorer.sink.hdfs.writer.CommitHook;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Fails the task once, at a chosen step of the n-th commit of a topic's files, as a crash of the
 * worker at that moment would: nothing after the failure point runs.
 */
public final class FailOnceHook implements CommitHook {

  private record Trigger(Step step, int commit, AtomicInteger seen) {}

  private static final Map<String, Trigger> ARMED = new ConcurrentHashMap<>();
  private static final Map<String, String> FIRED = new ConcurrentHashMap<>();

  /** Fails at {@code step} of the {@code commit}-th file (1-based) of {@code topic}. */
  static void arm(String topic, Step step, int commit) {
    ARMED.put(topic, new Trigger(step, commit, new AtomicInteger()));
  }

  /** The file whose commit failed, or null while it has not. */
  static String firedAt(String topic) {
    return FIRED.get(topic);
  }

  @Override
  public void at(Step step, String finalName) {
    String topic = finalName.substring(0, finalName.indexOf('+'));
    Trigger trigger = ARMED.get(topic);
    if (trigger == null || trigger.step() != step) {
      return;
    }
    if (trigger.seen().incrementAndGet() == trigger.commit()) {
      ARMED.remove(topic);
      FIRED.put(topic, finalName);
      throw new ConnectException("simulated crash " + step + " of " + finalName);
    }
  }
}
