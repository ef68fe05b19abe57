package io.chainexplorer.decoder.security;

import io.chainexplorer.avro.SecurityTokenActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Security-token activity per standard and hour: one-record increments and their merge. A
 * retraction counts minus one; the set of active tokens only grows, since a token's other activity
 * in the hour is not tracked per record.
 */
public final class SecurityActivity {

  private static final long HOUR_SECONDS = Duration.ofHours(1).toSeconds();

  private SecurityActivity() {}

  /** Key of the activity topic: {@code standard:hourStartMillis}. */
  public static String key(String standard, Instant hourStart) {
    return standard + ':' + hourStart.toEpochMilli();
  }

  /** The start of the hour of a block timestamp in seconds. */
  public static Instant hourStart(long blockTimestampSeconds) {
    return Instant.ofEpochSecond(Math.floorDiv(blockTimestampSeconds, HOUR_SECONDS) * HOUR_SECONDS);
  }

  /** The increment of one decoded call or event of {@code token}. */
  public static SecurityTokenActivity increment(
      String standard, Instant hourStart, String token, ActivityKind kind, boolean retracted) {
    long step = retracted ? -1 : 1;
    return SecurityTokenActivity.newBuilder()
        .setStandard(standard)
        .setHourStart(hourStart)
        .setTransfers(kind == ActivityKind.TRANSFER ? step : 0)
        .setIssuances(kind == ActivityKind.ISSUANCE ? step : 0)
        .setRedemptions(kind == ActivityKind.REDEMPTION ? step : 0)
        .setForcedTransfers(kind == ActivityKind.FORCED_TRANSFER ? step : 0)
        .setDocumentsSet(kind == ActivityKind.DOCUMENT_SET ? step : 0)
        .setDistinctActiveTokens(1)
        .setActiveTokens(List.of(token))
        .build();
  }

  /** The sum of two activities of the same standard and hour. */
  public static SecurityTokenActivity merge(SecurityTokenActivity a, SecurityTokenActivity b) {
    TreeSet<String> tokens = new TreeSet<>();
    a.getActiveTokens().forEach(token -> tokens.add(token.toString()));
    b.getActiveTokens().forEach(token -> tokens.add(token.toString()));
    return SecurityTokenActivity.newBuilder(a)
        .setTransfers(a.getTransfers() + b.getTransfers())
        .setIssuances(a.getIssuances() + b.getIssuances())
        .setRedemptions(a.getRedemptions() + b.getRedemptions())
        .setForcedTransfers(a.getForcedTransfers() + b.getForcedTransfers())
        .setDocumentsSet(a.getDocumentsSet() + b.getDocumentsSet())
        .setDistinctActiveTokens(tokens.size())
        .setActiveTokens(new ArrayList<>(tokens))
        .build();
  }
}
