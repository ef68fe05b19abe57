package io.chainexplorer.sink.hdfs.writer;

/**
 * Called at the two moments of a file commit where a crash matters: after the temporary file is
 * written and closed, and after it is renamed to its final name. Fault injection for tests.
 */
public interface CommitHook {

  /** The hook that does nothing: production. */
  CommitHook NONE = (step, finalName) -> {};

  /** Where in the commit the hook runs. */
  enum Step {
    /** The temporary file is complete and closed; the final name does not exist yet. */
    BEFORE_RENAME,
    /** The final file exists; the offsets are not yet reported to Connect. */
    AFTER_RENAME
  }

  /**
   * Runs at {@code step} of the commit of the file named {@code finalName}; an exception thrown
   * here aborts the commit as a crash would.
   */
  void at(Step step, String finalName);
}
