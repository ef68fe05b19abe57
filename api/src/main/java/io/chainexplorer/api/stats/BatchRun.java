package io.chainexplorer.api.stats;

import java.util.Map;

/**
 * The last batch run loaded into the hot store ({@code batch_watermark}, newest row); times are
 * ISO-8601 UTC.
 *
 * @param watermark the last day (ISO date) the batch views are complete up to
 * @param viewRows rows loaded per view
 */
public record BatchRun(
    String runId,
    String watermark,
    String finishedAt,
    String loadedAt,
    String mode,
    Map<String, Long> viewRows) {}
