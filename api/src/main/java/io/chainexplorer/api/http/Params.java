package io.chainexplorer.api.http;

import io.chainexplorer.api.config.QueryLimits;
import io.chainexplorer.api.store.Range;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads and checks request parameters; a wrong one is a 400 naming it. */
final class Params {

  static final int DEFAULT_PAGE = 25;

  private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private final QueryLimits limits;

  Params(QueryLimits limits) {
    this.limits = limits;
  }

  /** A 32-byte hash, lower-cased as the hot tables store it. */
  static String hash(String name, String value) {
    if (value == null || !HASH.matcher(value).matches()) {
      throw ApiProblem.badParameter(name, "expected 0x and 64 hex digits");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  /** A 20-byte address, lower-cased as the hot tables store it. */
  static String address(String name, String value) {
    if (value == null || !ADDRESS.matcher(value).matches()) {
      throw ApiProblem.badParameter(name, "expected 0x and 40 hex digits");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  /** A block number: a decimal integer from 0 to 10^18 - 1. */
  static long number(String name, String value) {
    if (value == null || !NUMBER.matcher(value).matches()) {
      throw ApiProblem.badParameter(name, "expected a decimal block number");
    }
    return Long.parseLong(value);
  }

  /** An optional block number query parameter. */
  static Long optionalNumber(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? null : number(name, value);
  }

  /** The page size: {@code limit}, 1 to the configured maximum. */
  int limit(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return Math.min(DEFAULT_PAGE, limits.pageSizeMax());
    }
    if (!value.matches("[0-9]{1,9}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > limits.pageSizeMax()) {
      throw ApiProblem.badParameter(name, "expected 1 to " + limits.pageSizeMax());
    }
    return Integer.parseInt(value);
  }

  /** The optional block and time bounds, each side checked and the width capped. */
  Range range(Context ctx) {
    Long fromBlock = optionalNumber(ctx, "fromBlock");
    Long toBlock = optionalNumber(ctx, "toBlock");
    if (fromBlock != null && toBlock != null) {
      if (fromBlock > toBlock) {
        throw ApiProblem.badParameter("fromBlock", "is above toBlock");
      }
      if (toBlock - fromBlock >= limits.blockRangeMax()) {
        throw ApiProblem.badParameter("toBlock", "range wider than " + limits.blockRangeMax());
      }
    }
    Instant from = instant(ctx, "from");
    Instant to = instant(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiProblem.badParameter("from", "is after to");
    }
    Duration max = limits.timeRangeMax();
    if (from != null
        && Duration.between(from, to != null ? to : Instant.now()).compareTo(max) > 0) {
      throw ApiProblem.badParameter("from", "time range wider than " + max.toDays() + " days");
    }
    return new Range(fromBlock, toBlock, from, to);
  }

  /** An optional {@code direction}: in or out. */
  static String direction(Context ctx) {
    String value = ctx.queryParam("direction");
    if (value != null && !value.equals("in") && !value.equals("out")) {
      throw ApiProblem.badParameter("direction", "expected in or out");
    }
    return value;
  }

  private static Instant instant(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    try {
      Instant instant = Instant.parse(value);
      if (instant.getEpochSecond() < 0 || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
        throw ApiProblem.badParameter(name, "outside 1970 to 9999");
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(
          name, "expected an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }
}
