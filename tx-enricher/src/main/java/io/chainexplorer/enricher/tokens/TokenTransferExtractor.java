package io.chainexplorer.enricher.tokens;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenStandard;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises token transfers in a log by (topic0, number of topics), as the standards require:
 * {@code Transfer} with 3 topics and one data word is ERC-20 (amount in data), with 4 topics and no
 * data ERC-721 (token id in topic 3); ERC-1155 {@code TransferSingle} and {@code TransferBatch}
 * carry operator, from, to as topics and ids/values in data. Any other shape of these events is
 * {@link TokenExtraction.Malformed}; never throws.
 */
public final class TokenTransferExtractor {

  private static final int ERC20_TOPICS = 3;
  private static final int INDEXED_TOPICS = 4;

  private TokenTransferExtractor() {}

  public static TokenExtraction extract(Log log) {
    List<String> topics = log.getTopics();
    if (topics.isEmpty()) {
      return new TokenExtraction.NotATokenEvent();
    }
    String topic0 = topics.get(0).toLowerCase(Locale.ROOT);
    if (!isTokenEvent(topic0)) {
      return new TokenExtraction.NotATokenEvent();
    }
    if (!topics.stream().allMatch(TokenTransferExtractor::isWord)) {
      return malformed(log, "topics are not 32-byte hex words");
    }
    Optional<AbiWords> words = AbiWords.of(log.getData());
    return switch (topic0) {
      case TokenEvents.TRANSFER -> transfer(log, words);
      case TokenEvents.TRANSFER_SINGLE -> single(log, words);
      case TokenEvents.TRANSFER_BATCH -> batch(log, words);
      default -> new TokenExtraction.NotATokenEvent();
    };
  }

  /** Key of the token-transfers topic. */
  public static String key(TokenTransfer transfer) {
    return TopicKeys.tokenTransfer(
        transfer.getTransactionHash(), transfer.getLogIndex(), transfer.getBatchIndex());
  }

  private static boolean isTokenEvent(String topic0) {
    return topic0.equals(TokenEvents.TRANSFER)
        || topic0.equals(TokenEvents.TRANSFER_SINGLE)
        || topic0.equals(TokenEvents.TRANSFER_BATCH);
  }

  private static boolean isWord(String topic) {
    return topic != null
        && topic.length() == 2 + AbiWords.WORD_HEX
        && topic.startsWith("0x")
        && AbiWords.isHex(topic.substring(2));
  }

  private static TokenExtraction transfer(Log log, Optional<AbiWords> words) {
    int topicCount = log.getTopics().size();
    int wordCount = words.map(AbiWords::size).orElse(-1);
    if (topicCount == ERC20_TOPICS && wordCount == 1) {
      BigInteger amount = words.get().uint(0);
      return one(base(log, TokenStandard.ERC20, 0).setAmount(decimal(amount)));
    }
    if (topicCount == INDEXED_TOPICS && wordCount == 0) {
      BigInteger tokenId = new BigInteger(log.getTopics().get(3).substring(2), 16);
      return one(base(log, TokenStandard.ERC721, 0).setTokenId(decimal(tokenId)));
    }
    return malformed(log, "Transfer with " + topicCount + " topics and " + describe(wordCount));
  }

  private static TokenExtraction single(Log log, Optional<AbiWords> words) {
    int topicCount = log.getTopics().size();
    int wordCount = words.map(AbiWords::size).orElse(-1);
    if (topicCount != INDEXED_TOPICS || wordCount != 2) {
      return malformed(
          log, "TransferSingle with " + topicCount + " topics and " + describe(wordCount));
    }
    AbiWords data = words.get();
    return one(erc1155(log, 0, data.uint(0), data.uint(1)));
  }

  private static TokenExtraction batch(Log log, Optional<AbiWords> words) {
    int topicCount = log.getTopics().size();
    if (topicCount != INDEXED_TOPICS || words.isEmpty()) {
      return malformed(log, "TransferBatch with " + topicCount + " topics and " + describe(-1));
    }
    BatchArrays.Result decoded = BatchArrays.decode(words.get());
    if (decoded instanceof BatchArrays.Bad bad) {
      return malformed(log, "TransferBatch " + bad.reason());
    }
    BatchArrays.Pairs pairs = (BatchArrays.Pairs) decoded;
    List<TokenTransfer> transfers = new ArrayList<>(pairs.ids().size());
    for (int i = 0; i < pairs.ids().size(); i++) {
      transfers.add(erc1155(log, i, pairs.ids().get(i), pairs.values().get(i)));
    }
    return new TokenExtraction.Transfers(transfers);
  }

  private static TokenTransfer erc1155(Log log, long batchIndex, BigInteger id, BigInteger value) {
    return base(log, TokenStandard.ERC1155, batchIndex)
        .setOperator(AbiWords.address(log.getTopics().get(1)))
        .setFrom(AbiWords.address(log.getTopics().get(2)))
        .setTo(AbiWords.address(log.getTopics().get(3)))
        .setTokenId(decimal(id))
        .setAmount(decimal(value))
        .build();
  }

  /** The common fields; from and to are topics 1 and 2 (ERC-1155 overrides them). */
  private static TokenTransfer.Builder base(Log log, TokenStandard standard, long batchIndex) {
    List<String> topics = log.getTopics();
    return TokenTransfer.newBuilder()
        .setBlockNumber(log.getBlockNumber())
        .setBlockHash(log.getBlockHash())
        .setBlockTimestamp(log.getBlockTimestamp())
        .setTransactionHash(log.getTransactionHash())
        .setLogIndex(log.getLogIndex())
        .setBatchIndex(batchIndex)
        .setStandard(standard)
        .setTokenAddress(log.getAddress().toLowerCase(Locale.ROOT))
        .setFrom(AbiWords.address(topics.get(1)))
        .setTo(AbiWords.address(topics.get(2)))
        .setOperator(null)
        .setAmount(null)
        .setTokenId(null)
        .setRetracted(false);
  }

  private static TokenExtraction one(TokenTransfer.Builder builder) {
    return one(builder.build());
  }

  private static TokenExtraction one(TokenTransfer transfer) {
    return new TokenExtraction.Transfers(List.of(transfer));
  }

  private static BigDecimal decimal(BigInteger value) {
    return new BigDecimal(value);
  }

  private static String describe(int wordCount) {
    return wordCount < 0 ? "data that is not whole 32-byte words" : wordCount + " data words";
  }

  private static TokenExtraction malformed(Log log, String what) {
    return new TokenExtraction.Malformed(
        TopicKeys.log(log.getTransactionHash(), log.getLogIndex()) + ": " + what);
  }
}
