package io.chainexplorer.cli.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of verifying a block range: counts, then every block that does not match with the
 * reason (differing entities and keys); printed for people, written as JSON for tools.
 */
public record VerificationReport(String chain, long from, long to, List<BlockVerdict> verdicts) {

  private static final int KEYS_SHOWN = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  public VerificationReport {
    verdicts = List.copyOf(verdicts);
  }

  /** Whether every block of the range was re-derived and matches the cold store. */
  public boolean allMatch() {
    return count(BlockVerdict.Match.class) == verdicts.size();
  }

  public long count(Class<? extends BlockVerdict> kind) {
    return verdicts.stream().filter(kind::isInstance).count();
  }

  /** Prints the summary line, then one paragraph per block that does not match. */
  public void print(PrintWriter out) {
    out.printf(
        "verify %s blocks %d..%d: %d checked, %d match, %d mismatch, %d missing, %d unavailable%n",
        chain,
        from,
        to,
        verdicts.size(),
        count(BlockVerdict.Match.class),
        count(BlockVerdict.Mismatch.class),
        count(BlockVerdict.Missing.class),
        count(BlockVerdict.Unavailable.class));
    for (BlockVerdict verdict : verdicts) {
      if (verdict instanceof BlockVerdict.Mismatch mismatch) {
        out.printf(
            "MISMATCH block %d: content hash %s, cold store %s%n",
            mismatch.blockNumber(), mismatch.hash(), mismatch.storedHash());
        mismatch.differences().forEach(diff -> printDiff(out, diff));
      } else if (verdict instanceof BlockVerdict.Missing missing) {
        out.printf(
            "MISSING block %d: no record in the cold store (content hash %s)%n",
            missing.blockNumber(), missing.hash());
      } else if (verdict instanceof BlockVerdict.Unavailable unavailable) {
        out.printf("UNAVAILABLE block %d: %s%n", unavailable.blockNumber(), unavailable.reason());
      }
    }
    out.flush();
  }

  /** Writes the whole report, every block and every differing key, as JSON. */
  public void writeJson(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("chain", chain).put("from", from).put("to", to);
    root.put("checked", verdicts.size())
        .put("matches", count(BlockVerdict.Match.class))
        .put("mismatches", count(BlockVerdict.Mismatch.class))
        .put("missing", count(BlockVerdict.Missing.class))
        .put("unavailable", count(BlockVerdict.Unavailable.class));
    ArrayNode blocks = root.putArray("blocks");
    verdicts.forEach(verdict -> blocks.add(ReportJson.of(JSON, verdict)));
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  private static void printDiff(PrintWriter out, EntityDiff diff) {
    printKeys(out, diff.entity(), "missing in the cold store", diff.missingInColdStore());
    printKeys(out, diff.entity(), "not derived from the block", diff.unexpectedInColdStore());
    printKeys(out, diff.entity(), "changed", diff.changed());
  }

  private static void printKeys(
      PrintWriter out, DerivedEntity entity, String what, List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    String shown = String.join(", ", keys.subList(0, Math.min(KEYS_SHOWN, keys.size())));
    String more = keys.size() > KEYS_SHOWN ? " and " + (keys.size() - KEYS_SHOWN) + " more" : "";
    out.printf("  %s %s: %s%s%n", entity.directory(), what, shown, more);
  }
}
