package io.chainexplorer.api.http;

import io.chainexplorer.api.auth.ApiKey;
import io.chainexplorer.api.auth.KeyRing;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/**
 * Checks the client key of every request but the open paths: {@code Authorization: Bearer <key>}
 * (or {@code apikey=} on the Etherscan-compatible {@code /api}); 401 without or with an unknown
 * key, 403 for a revoked one, 429 with {@code Retry-After} past the key's rate (one Resilience4j
 * limiter per key name). Only the key's name is kept on the request, for logs and metrics.
 */
final class Authenticator {

  static final String KEY_NAME = "apiKeyName";

  private static final String BEARER = "Bearer ";
  private static final Duration PERIOD = Duration.ofSeconds(1);

  private final KeyRing keys;
  private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
  private final List<String> open;

  Authenticator(KeyRing keys, List<String> open) {
    this.keys = keys;
    this.open = List.copyOf(open);
  }

  void check(Context ctx) {
    if (open.contains(ctx.path()) || ConsoleFiles.serves(ctx.path())) {
      return;
    }
    String presented = presented(ctx);
    if (presented == null || presented.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiProblem.access(401, "Unauthorized", "an API key is required");
    }
    ApiKey key =
        keys.find(presented.trim())
            .orElseThrow(
                () -> {
                  ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                  return ApiProblem.access(401, "Unauthorized", "unknown API key");
                });
    ctx.attribute(KEY_NAME, key.name());
    if (key.revoked()) {
      throw ApiProblem.access(403, "Forbidden", "the API key '" + key.name() + "' is revoked");
    }
    RateLimiter limiter = limiters.rateLimiter(key.name(), () -> config(key));
    if (!limiter.acquirePermission()) {
      // Permissions refill every second: the next period starts within one.
      ctx.header("Retry-After", Long.toString(PERIOD.toSeconds()));
      throw ApiProblem.access(
          429, "Too many requests", "the API key '" + key.name() + "' is over its rate");
    }
  }

  private static String presented(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length());
    }
    if (authorization == null && ctx.path().equals("/api")) {
      return ctx.queryParam("apikey");
    }
    return null;
  }

  private static RateLimiterConfig config(ApiKey key) {
    return RateLimiterConfig.custom()
        .limitForPeriod(key.ratePerSecond())
        .limitRefreshPeriod(PERIOD)
        .timeoutDuration(Duration.ZERO)
        .build();
  }
}
