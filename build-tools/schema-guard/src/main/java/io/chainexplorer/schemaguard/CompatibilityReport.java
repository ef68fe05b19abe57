package io.chainexplorer.schemaguard;

import java.util.List;
import java.util.Objects;

/** The outcome of checking a schema tree against a release: compatible, or each problem found. */
public final class CompatibilityReport {

  private final int recordsChecked;
  private final List<Problem> problems;

  CompatibilityReport(int recordsChecked, List<Problem> problems) {
    this.recordsChecked = recordsChecked;
    this.problems = List.copyOf(problems);
  }

  public boolean isCompatible() {
    return problems.isEmpty();
  }

  public int recordsChecked() {
    return recordsChecked;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One line per problem, or a one-line success summary. */
  public String describe() {
    if (isCompatible()) {
      return recordsChecked + " released schemas checked: all BACKWARD compatible";
    }
    StringBuilder text = new StringBuilder();
    text.append(problems.size())
        .append(" BACKWARD incompatibilities (the current schema cannot read released data):");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * One incompatibility.
   *
   * @param record full name of the released record
   * @param field field path inside it (e.g. {@code receipts[].status}); empty for the record itself
   * @param kind Avro's incompatibility type, or {@code RECORD_REMOVED}
   * @param detail Avro's message and location
   */
  public record Problem(String record, String field, String kind, String detail) {
    public Problem {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
      String where = field.isEmpty() ? record : record + "." + field;
      return where + ": " + kind + " (" + detail + ")";
    }
  }
}
