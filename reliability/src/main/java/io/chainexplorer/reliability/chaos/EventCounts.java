package io.chainexplorer.reliability.chaos;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of a run counted: kills per service (a poller by role), reorgs by depth and reorgs the
 * node refused.
 */
record EventCounts(
    Map<String, Integer> kills, int reorgs, int minDepth, int maxDepth, int sum, int refused) {

  private static final String KILL = "kill -9 ";
  private static final String REORG = "reorg depth ";
  private static final String REFUSED = "refused reorg";

  /** Counts the lines {@link ChaosEvents#play()} returned. */
  static EventCounts of(List<String> events) {
    Map<String, Integer> kills = new TreeMap<>();
    int reorgs = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    int sum = 0;
    int refused = 0;
    for (String event : events) {
      if (event.startsWith(KILL)) {
        String service = event.substring(KILL.length()).split(" = ", 2)[0];
        kills.merge(service, 1, Integer::sum);
      } else if (event.startsWith(REORG)) {
        int depth = Integer.parseInt(event.substring(REORG.length()).split(" ", 2)[0]);
        reorgs++;
        min = Math.min(min, depth);
        max = Math.max(max, depth);
        sum += depth;
      } else if (event.startsWith(REFUSED)) {
        refused++;
      }
    }
    return new EventCounts(kills, reorgs, reorgs == 0 ? 0 : min, max, sum, refused);
  }

  int totalKills() {
    return kills.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One Markdown line: kills per service, reorgs with their depths. */
  String markdown() {
    StringBuilder out = new StringBuilder().append(totalKills()).append(" kills (");
    kills.forEach((service, count) -> out.append(service).append(": ").append(count).append(", "));
    if (!kills.isEmpty()) {
      out.setLength(out.length() - 2);
    }
    out.append("), ").append(reorgs).append(" reorgs");
    if (reorgs > 0) {
      out.append(" of depth ")
          .append(minDepth)
          .append("..")
          .append(maxDepth)
          .append(" (mean ")
          .append(String.format(java.util.Locale.ROOT, "%.1f", (double) sum / reorgs))
          .append(", ")
          .append(sum)
          .append(" blocks replaced in all)");
    }
    if (refused > 0) {
      out.append("; ").append(refused).append(" reorgs refused by the node and drawn again");
    }
    return out.append('.').toString();
  }
}
