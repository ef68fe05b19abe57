package io.chainexplorer.batchserving.parquet;

/**
 * One line of a view's {@code _content_hashes.tsv}: the view's rows on a day ({@code all} for a
 * view that is not daily) and the SHA-256 of their content.
 */
public record DayHash(String view, String date, long rows, String sha256) {}
