package io.chainexplorer.reliability.chaos;

/** A chaos run as Markdown: the plan, the command, the events in order and the truth report. */
final class ChaosReport {

  private ChaosReport() {}

  static String markdown(ChaosRun.Result result, String command) {
    ChaosPlan plan = result.plan();
    StringBuilder out = new StringBuilder();
    out.append("## Chaos run, seed ")
        .append(plan.seed())
        .append("\n\nCommand: `")
        .append(command)
        .append("`; took ")
        .append(result.took().toSeconds())
        .append(" s. Plan: backfill of ")
        .append(plan.backfillBlocks())
        .append(" blocks, ")
        .append(plan.kills())
        .append(" kills, ")
        .append(plan.reorgs())
        .append(" reorgs of depth 1..")
        .append(plan.maxReorgDepth())
        .append(" (poller confirmations ")
        .append(plan.confirmations())
        .append(", traffic ")
        .append(plan.trafficRate())
        .append(" tx/s).\n\nCounted: ")
        .append(EventCounts.of(result.events()).markdown())
        .append("\n\nEvents:\n\n");
    for (int i = 0; i < result.events().size(); i++) {
      out.append(i + 1).append(". ").append(result.events().get(i)).append('\n');
    }
    out.append('\n');
    result.report().ifPresent(report -> out.append(report.toMarkdown()));
    result.noTruth().ifPresent(why -> out.append("No ground truth: ").append(why).append('\n'));
    return out.toString();
  }
}
