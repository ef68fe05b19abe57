package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UTC day of one token's transfers of one standard, as one layer computed it; the volume is an
 * exact decimal string (ERC-20 and ERC-1155 amounts summed, ERC-721 the count of tokens moved).
 *
 * @param day the UTC day
 * @param standard the token standard of these transfers (ERC20, ERC721, ERC1155)
 * @param layer the layer that computed the day ("batch" or "speed")
 * @param transfers transfers
 * @param distinctSenders distinct from addresses
 * @param distinctReceivers distinct to addresses
 * @param volume the exact volume
 * @param distinctTokenIds distinct token ids moved (0 for ERC-20)
 * @param mints transfers from the zero address
 * @param burns transfers to the zero address
 */
public record TokenDailyStats(
    LocalDate day,
    String standard,
    String layer,
    long transfers,
    long distinctSenders,
    long distinctReceivers,
    String volume,
    long distinctTokenIds,
    long mints,
    long burns) {

  /** The day as the API answers it. */
  public Map<String, Object> json() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("date", day.toString());
    fields.put("standard", standard);
    fields.put("layer", layer);
    fields.put("transfers", transfers);
    fields.put("distinctSenders", distinctSenders);
    fields.put("distinctReceivers", distinctReceivers);
    fields.put("volume", volume);
    fields.put("distinctTokenIds", distinctTokenIds);
    fields.put("mints", mints);
    fields.put("burns", burns);
    return fields;
  }
}
