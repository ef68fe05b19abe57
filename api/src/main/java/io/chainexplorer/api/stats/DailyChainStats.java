package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UTC day of chain activity as one layer computed it. Wei amounts are exact decimal strings;
 * the figures the speed layer cannot compute exactly from its per-minute metrics (failed
 * transactions, mean base fee, active addresses, contracts created) are null on its days.
 *
 * @param day the UTC day
 * @param layer the layer that computed the day ("batch" or "speed")
 * @param blocks blocks mined
 * @param transactions transactions included
 * @param gasUsed gas used by all of them
 * @param feesPaidWei fees paid in wei
 * @param failedTransactions transactions that reverted, or null
 * @param meanBaseFeeWei mean base fee per gas in wei, or null
 * @param activeAddresses distinct senders and receivers, or null
 * @param contractsCreated contracts deployed, or null
 */
public record DailyChainStats(
    LocalDate day,
    String layer,
    long blocks,
    long transactions,
    long gasUsed,
    String feesPaidWei,
    Long failedTransactions,
    String meanBaseFeeWei,
    Long activeAddresses,
    Long contractsCreated) {

  /** The day as the API answers it. */
  public Map<String, Object> json() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("date", day.toString());
    fields.put("layer", layer);
    fields.put("blocks", blocks);
    fields.put("transactions", transactions);
    fields.put("gasUsed", gasUsed);
    fields.put("feesPaidWei", feesPaidWei);
    fields.put("failedTransactions", failedTransactions);
    fields.put("meanBaseFeeWei", meanBaseFeeWei);
    fields.put("activeAddresses", activeAddresses);
    fields.put("contractsCreated", contractsCreated);
    return fields;
  }
}
