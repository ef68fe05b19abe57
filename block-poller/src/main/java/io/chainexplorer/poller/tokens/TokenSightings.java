package io.chainexplorer.poller.tokens;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The token contracts a block's logs show, by the Transfer-family events the enricher classifies
 * the same way (topic0 and number of topics), and the contracts that emitted {@code Upgraded}.
 */
public final class TokenSightings {

  /** {@code Transfer(address,address,uint256)}: 3 topics for ERC-20, 4 for ERC-721. */
  static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  /** ERC-1155 {@code TransferSingle(address,address,address,uint256,uint256)}. */
  static final String TRANSFER_SINGLE =
      "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62";

  /** ERC-1155 {@code TransferBatch(address,address,address,uint256[],uint256[])}. */
  static final String TRANSFER_BATCH =
      "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb";

  /** ERC-1967 {@code Upgraded(address indexed implementation)}. */
  static final String UPGRADED =
      "0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b";

  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Set<String> upgraded = new LinkedHashSet<>();

  private TokenSightings() {}

  /** The tokens and upgraded proxies of {@code block}, in log order, each address once. */
  public static TokenSightings of(RawBlock block) {
    List<RawLog> logs = new ArrayList<>();
    for (RawReceipt receipt : block.getReceipts()) {
      logs.addAll(receipt.getLogs());
    }
    return ofLogs(logs);
  }

  /** The tokens and upgraded proxies of {@code logs}, in order. */
  static TokenSightings ofLogs(List<RawLog> logs) {
    TokenSightings sightings = new TokenSightings();
    logs.forEach(sightings::add);
    return sightings;
  }

  /** Token address to standard, in order of first event. */
  public Map<String, String> tokens() {
    return tokens;
  }

  /** Addresses that emitted {@code Upgraded}, token or not. */
  public Set<String> upgraded() {
    return upgraded;
  }

  private void add(RawLog log) {
    if (log.getTopics().isEmpty()) {
      return;
    }
    String address = log.getAddress().toLowerCase(Locale.ROOT);
    String topic0 = log.getTopics().get(0).toLowerCase(Locale.ROOT);
    int topicCount = log.getTopics().size();
    String standard = standard(topic0, topicCount);
    if (standard != null) {
      tokens.putIfAbsent(address, standard);
    } else if (UPGRADED.equals(topic0) && topicCount == 2) {
      upgraded.add(address);
    }
  }

  private static String standard(String topic0, int topicCount) {
    if (TRANSFER.equals(topic0)) {
      return switch (topicCount) {
        case 3 -> "ERC20";
        case 4 -> "ERC721";
        default -> null;
      };
    }
    if ((TRANSFER_SINGLE.equals(topic0) || TRANSFER_BATCH.equals(topic0)) && topicCount == 4) {
      return "ERC1155";
    }
    return null;
  }
}
