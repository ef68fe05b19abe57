package io.chainexplorer.batchserving.load;

/**
 * What loading one view did.
 *
 * @param view the view
 * @param daysLoaded days whose rows were written (new or changed content)
 * @param daysSkipped days whose content hash equals the one already loaded
 * @param rowsWritten rows written
 * @param rowsDeleted rows deleted because their key vanished from a recomputed day
 * @param contentHash SHA-256 over the view's hash lines, identifying its whole content
 * @param rows the view's rows in this run, loaded or not
 */
public record ViewLoad(
    String view,
    int daysLoaded,
    int daysSkipped,
    long rowsWritten,
    long rowsDeleted,
    String contentHash,
    long rows) {}
