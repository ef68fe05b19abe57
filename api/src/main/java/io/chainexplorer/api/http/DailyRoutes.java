package io.chainexplorer.api.http;

import io.chainexplorer.api.config.QueryLimits;
import io.chainexplorer.api.stats.BatchChainStats;
import io.chainexplorer.api.stats.BatchRuns;
import io.chainexplorer.api.stats.BatchTokenStats;
import io.chainexplorer.api.stats.BatchWatermark;
import io.chainexplorer.api.stats.ChainStatsSource;
import io.chainexplorer.api.stats.DailyChainStats;
import io.chainexplorer.api.stats.LambdaMerge;
import io.chainexplorer.api.stats.SecurityTokenDay;
import io.chainexplorer.api.stats.SecurityTokenStats;
import io.chainexplorer.api.stats.SpeedChainStats;
import io.chainexplorer.api.stats.SpeedTokenStats;
import io.chainexplorer.api.stats.TokenDailyStats;
import io.chainexplorer.api.store.HotStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The daily statistics (the lambda query): batch views up to the batch watermark, the speed layer
 * after it, each day labelled with its layer (see {@code openapi.yaml} and the module README).
 */
final class DailyRoutes {

  /** Transfers of one token the speed layer reads for one request before refusing the range. */
  static final long SPEED_TOKEN_ROWS_MAX = 100_000;

  private static final int DEFAULT_DAYS = 7;
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final BatchWatermark watermark;
  private final ChainStatsSource batchChain;
  private final ChainStatsSource speedChain;
  private final BatchTokenStats batchTokens;
  private final SpeedTokenStats speedTokens;
  private final SecurityTokenStats securityTokens;
  private final QueryLimits limits;
  private final Clock clock;

  DailyRoutes(HotStore store, QueryLimits limits, Clock clock) {
    this.watermark = new BatchWatermark(new BatchRuns(store));
    this.batchChain = new BatchChainStats(store);
    this.speedChain = new SpeedChainStats(store);
    this.batchTokens = new BatchTokenStats(store);
    this.speedTokens = new SpeedTokenStats(store, SPEED_TOKEN_ROWS_MAX);
    this.securityTokens = new SecurityTokenStats(store);
    this.limits = limits;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/v1/chain/daily", this::chain);
    routes.get("/v1/tokens/{address}/daily", this::token);
    routes.get("/v1/security-tokens/daily", this::securityTokens);
  }

  private void chain(Context ctx) {
    LocalDate[] range = days(ctx);
    Optional<LocalDate> mark = watermark.read();
    List<DailyChainStats> days =
        LambdaMerge.merge(mark, range[0], range[1], batchChain::daily, speedChain::daily);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("watermark", mark.map(LocalDate::toString).orElse(null));
    body.put("days", days.stream().map(DailyChainStats::json).toList());
    ctx.json(body);
  }

  private void token(Context ctx) {
    String token = Params.address("address", ctx.pathParam("address"));
    LocalDate[] range = days(ctx);
    Optional<LocalDate> mark = watermark.read();
    List<TokenDailyStats> days =
        LambdaMerge.merge(
            mark,
            range[0],
            range[1],
            (from, to) -> batchTokens.daily(token, from, to),
            (from, to) -> speedTokens.daily(token, from, to));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("watermark", mark.map(LocalDate::toString).orElse(null));
    body.put("days", days.stream().map(TokenDailyStats::json).toList());
    ctx.json(body);
  }

  private void securityTokens(Context ctx) {
    String standard = ctx.queryParam("standard");
    if (standard == null || !SecurityTokenStats.STANDARDS.contains(standard)) {
      throw ApiProblem.badParameter(
          "standard", "expected one of " + String.join(", ", SecurityTokenStats.STANDARDS));
    }
    LocalDate[] range = days(ctx);
    Optional<LocalDate> mark = watermark.read();
    // Batch only: days after the watermark are not answered (no speed-layer table has them).
    List<SecurityTokenDay> days =
        LambdaMerge.merge(
            mark,
            range[0],
            range[1],
            (from, to) -> securityTokens.daily(standard, from, to),
            (from, to) -> List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("standard", standard);
    body.put("watermark", mark.map(LocalDate::toString).orElse(null));
    body.put("days", days.stream().map(SecurityTokenDay::json).toList());
    ctx.json(body);
  }

  /** {@code from} and {@code to} (UTC days, inclusive): by default the last week up to today. */
  private LocalDate[] days(Context ctx) {
    LocalDate to = day(ctx, "to");
    if (to == null) {
      to = LocalDate.now(clock);
    }
    LocalDate from = day(ctx, "from");
    if (from == null) {
      from = to.minusDays(DEFAULT_DAYS - 1);
    }
    if (from.isAfter(to)) {
      throw ApiProblem.badParameter("from", "is after to");
    }
    long max = limits.timeRangeMax().toDays();
    if (from.plusDays(max).isBefore(to.plusDays(1))) {
      throw ApiProblem.badParameter("from", "range wider than " + max + " days");
    }
    return new LocalDate[] {from, to};
  }

  private static LocalDate day(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    try {
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // A day that does not exist, such as 2026-02-30: the same answer as any other bad day.
    }
    throw ApiProblem.badParameter(name, "expected a UTC day such as 2026-01-31");
  }
}
