package io.chainexplorer.api.store;

/**
 * One request for a page of a listing.
 *
 * @param key the partition key (a lower-case address)
 * @param limit page size
 * @param cursor where the previous page stopped, or null for the newest rows
 * @param range optional block and time bounds
 * @param direction only rows of this direction ("in" or "out"), or null for both
 */
public record ListingQuery(String key, int limit, Cursor cursor, Range range, String direction) {}
