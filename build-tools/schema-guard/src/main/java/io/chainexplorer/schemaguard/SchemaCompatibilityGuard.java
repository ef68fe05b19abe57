package io.chainexplorer.schemaguard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The build's schema-evolution gate: every named type of the last release (top-level or nested)
 * must stay readable by the current type of the same name (BACKWARD).
 */
public final class SchemaCompatibilityGuard {

  static final String RECORD_REMOVED = "RECORD_REMOVED";

  private SchemaCompatibilityGuard() {}

  /**
   * Checks {@code currentDir} against {@code releasedDir} (a release folder, or a folder of {@code
   * x.y.z} releases of which the highest is used).
   */
  public static CompatibilityReport check(Path currentDir, Path releasedDir) {
    Path releaseDir = ReleasedBaseline.resolve(releasedDir);
    Map<String, Schema> current = SchemaTree.loadNamedTypes(currentDir);
    Map<String, Schema> released = SchemaTree.loadNamedTypes(releaseDir);
    Set<String> releasedTopLevel = SchemaTree.load(releaseDir).keySet();
    List<CompatibilityReport.Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : released.entrySet()) {
      Schema reader = current.get(entry.getKey());
      if (reader != null) {
        problems.addAll(compare(entry.getKey(), reader, entry.getValue()));
      } else if (releasedTopLevel.contains(entry.getKey())) {
        // A nested type may vanish with the field that held it; a top-level one is a lost topic.
        problems.add(
            new CompatibilityReport.Problem(
                entry.getKey(), "", RECORD_REMOVED, "no schema of that name in " + currentDir));
      }
    }
    return new CompatibilityReport(released.size(), problems);
  }

  private static List<CompatibilityReport.Problem> compare(
      String name, Schema reader, Schema writer) {
    List<CompatibilityReport.Problem> problems = new ArrayList<>();
    SchemaCompatibility.SchemaPairCompatibility pair =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
      problems.add(
          new CompatibilityReport.Problem(
              name,
              FieldPath.of(reader, incompatibility.getLocation()),
              incompatibility.getType().name(),
              incompatibility.getMessage() + " at " + incompatibility.getLocation()));
    }
    return problems;
  }

  /**
   * {@code main(currentDir, releasedDir)}: prints the report; on any incompatibility throws, so the
   * JVM exits with status 1 and the Maven execution that runs it in-process fails the build.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: SchemaCompatibilityGuard <current schema dir> <released schema dir>");
    }
    CompatibilityReport report = check(Path.of(args[0]), Path.of(args[1]));
    if (!report.isCompatible()) {
      throw new IllegalStateException(report.describe());
    }
    System.out.println(report.describe());
  }
}
