package io.chainexplorer.schemas.compat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The build's schema-evolution gate: every record of the last release must stay readable by the
 * current schema of the same name (BACKWARD).
 */
public final class SchemaCompatibilityGuard {

  static final String RECORD_REMOVED = "RECORD_REMOVED";

  private SchemaCompatibilityGuard() {}

  /**
   * Checks {@code currentDir} against {@code releasedDir} (a release folder, or a folder of {@code
   * x.y.z} releases of which the highest is used).
   */
  public static CompatibilityReport check(Path currentDir, Path releasedDir) {
    Map<String, Schema> current = SchemaTree.load(currentDir);
    Map<String, Schema> released = SchemaTree.load(ReleasedBaseline.resolve(releasedDir));
    List<CompatibilityReport.Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : released.entrySet()) {
      Schema reader = current.get(entry.getKey());
      if (reader == null) {
        problems.add(
            new CompatibilityReport.Problem(
                entry.getKey(), "", RECORD_REMOVED, "no schema of that name in " + currentDir));
      } else {
        problems.addAll(compare(entry.getKey(), reader, entry.getValue()));
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
