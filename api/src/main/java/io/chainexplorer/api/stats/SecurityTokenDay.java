package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UTC day of one security token's activity, from the batch layer's {@code
 * security_tokens_daily} view (its module README defines each count).
 *
 * @param day the UTC day
 * @param tokenAddress the token contract
 * @param transfers transfers between two non-zero addresses
 * @param issuances transfers from the zero address
 * @param redemptions transfers to the zero address
 * @param forcedTransfers controller transfers and redemptions, forced-transfer calls
 * @param documentsSet documents set or updated
 * @param distinctHoldersActive distinct non-zero holders that sent or received
 */
public record SecurityTokenDay(
    LocalDate day,
    String tokenAddress,
    long transfers,
    long issuances,
    long redemptions,
    long forcedTransfers,
    long documentsSet,
    long distinctHoldersActive) {

  /** The day as the API answers it; only the batch layer computes it. */
  public Map<String, Object> json() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("date", day.toString());
    fields.put("tokenAddress", tokenAddress);
    fields.put("layer", "batch");
    fields.put("transfers", transfers);
    fields.put("issuances", issuances);
    fields.put("redemptions", redemptions);
    fields.put("forcedTransfers", forcedTransfers);
    fields.put("documentsSet", documentsSet);
    fields.put("distinctHoldersActive", distinctHoldersActive);
    return fields;
  }
}
