package io.chainexplorer.enricher.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenStandard;
import io.chainexplorer.avro.TokenTransfer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTransferExtractorTest {

  private static final String TX = "0x" + "ab".repeat(32);
  private static final String TOKEN = "0x" + "cc".repeat(20);
  private static final String FROM = "0x" + "11".repeat(20);
  private static final String TO = "0x" + "22".repeat(20);
  private static final String OPERATOR = "0x" + "33".repeat(20);
  private static final String MAX_WORD = "f".repeat(64);
  private static final BigDecimal MAX_UINT256 =
      new BigDecimal(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));

  @Test
  void shouldReadErc20WhenTransferHasThreeTopicsAndOneDataWord() {
    TokenTransfer t = single(log(data(word(1000)), TokenEvents.TRANSFER, topic(FROM), topic(TO)));

    assertThat(t.getStandard()).isEqualTo(TokenStandard.ERC20);
    assertThat(t.getAmount()).isEqualTo(BigDecimal.valueOf(1000));
    assertThat(t.getTokenId()).isNull();
    assertThat(t.getOperator()).isNull();
    assertThat(t.getFrom()).isEqualTo(FROM);
    assertThat(t.getTo()).isEqualTo(TO);
    assertThat(t.getTokenAddress()).isEqualTo(TOKEN);
    assertThat(TokenTransferExtractor.key(t)).isEqualTo(TX + ":7:0");
  }

  @Test
  void shouldReadErc721WhenTransferHasFourTopicsAndNoData() {
    TokenTransfer t =
        single(log("0x", TokenEvents.TRANSFER, topic(FROM), topic(TO), "0x" + word(42)));

    assertThat(t.getStandard()).isEqualTo(TokenStandard.ERC721);
    assertThat(t.getTokenId()).isEqualTo(BigDecimal.valueOf(42));
    assertThat(t.getAmount()).isNull();
  }

  @Test
  void shouldReportMalformedWhenTransferTopicsAndDataDisagreeWithBothStandards() {
    Log threeTopicsNoData = log("0x", TokenEvents.TRANSFER, topic(FROM), topic(TO));
    Log fourTopicsWithData =
        log(data(word(1)), TokenEvents.TRANSFER, topic(FROM), topic(TO), "0x" + word(2));
    Log nonIndexed = log(data(word(1), word(2), word(3)), TokenEvents.TRANSFER);

    assertThat(TokenTransferExtractor.extract(threeTopicsNoData))
        .isInstanceOfSatisfying(
            TokenExtraction.Malformed.class,
            m -> assertThat(m.reason()).startsWith(TX + ":7").contains("3 topics"));
    assertThat(TokenTransferExtractor.extract(fourTopicsWithData))
        .isInstanceOf(TokenExtraction.Malformed.class);
    assertThat(TokenTransferExtractor.extract(nonIndexed))
        .isInstanceOf(TokenExtraction.Malformed.class);
  }

  @Test
  void shouldKeepZeroValueTransfers() {
    TokenTransfer t = single(log(data(word(0)), TokenEvents.TRANSFER, topic(FROM), topic(TO)));

    assertThat(t.getAmount()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void shouldReadMaxUint256ExactlyWhenAmountAndTokenIdUseAllBits() {
    TokenTransfer erc20 = single(log(data(MAX_WORD), TokenEvents.TRANSFER, topic(FROM), topic(TO)));
    TokenTransfer erc721 =
        single(log("0x", TokenEvents.TRANSFER, topic(FROM), topic(TO), "0x" + MAX_WORD));

    assertThat(erc20.getAmount()).isEqualTo(MAX_UINT256);
    assertThat(erc721.getTokenId()).isEqualTo(MAX_UINT256);
  }

  @Test
  void shouldReadTransferSingleWithOperatorIdAndValue() {
    TokenTransfer t =
        single(
            log(
                data(word(5), word(9)),
                TokenEvents.TRANSFER_SINGLE,
                topic(OPERATOR),
                topic(FROM),
                topic(TO)));

    assertThat(t.getStandard()).isEqualTo(TokenStandard.ERC1155);
    assertThat(t.getOperator()).isEqualTo(OPERATOR);
    assertThat(t.getFrom()).isEqualTo(FROM);
    assertThat(t.getTo()).isEqualTo(TO);
    assertThat(t.getTokenId()).isEqualTo(BigDecimal.valueOf(5));
    assertThat(t.getAmount()).isEqualTo(BigDecimal.valueOf(9));
    assertThat(t.getBatchIndex()).isZero();
  }

  @Test
  void shouldEmitOneRecordPerPairWithItsBatchIndexWhenDecodingTransferBatch() {
    // head: ids at 0x40, values at 0xa0; ids = [7, 8]; values = [70, max]
    String data =
        data(word(0x40), word(0xa0), word(2), word(7), word(8), word(2), word(70), MAX_WORD);

    List<TokenTransfer> transfers = transfers(batch(data));

    assertThat(transfers).extracting(TokenTransfer::getBatchIndex).containsExactly(0L, 1L);
    assertThat(transfers)
        .extracting(TokenTransfer::getTokenId)
        .containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(8));
    assertThat(transfers)
        .extracting(TokenTransfer::getAmount)
        .containsExactly(BigDecimal.valueOf(70), MAX_UINT256);
    assertThat(transfers).allSatisfy(t -> assertThat(t.getOperator()).isEqualTo(OPERATOR));
    assertThat(transfers)
        .extracting(TokenTransferExtractor::key)
        .containsExactly(TX + ":7:0", TX + ":7:1");
  }

  @Test
  void shouldEmitNothingWhenTransferBatchArraysAreEmpty() {
    assertThat(transfers(batch(data(word(0x40), word(0x60), word(0), word(0))))).isEmpty();
  }

  @Test
  void shouldReportMalformedBatchWhenArraysHaveDifferentLengths() {
    String data = data(word(0x40), word(0x80), word(1), word(7), word(2), word(70), word(71));

    assertThat(malformed(batch(data))).contains("ids has 1 elements but values has 2");
  }

  @Test
  void shouldReportMalformedBatchWhenALengthExceedsTheData() {
    String hugeLength = data(word(0x40), word(0x60), word(1), MAX_WORD, word(7));
    String oneTooMany = data(word(0x40), word(0x80), word(4), word(7), word(1), word(70));

    assertThat(malformed(batch(hugeLength))).contains("values length exceeds the data");
    assertThat(malformed(batch(oneTooMany))).contains("ids length exceeds the data");
  }

  @Test
  void shouldReportMalformedBatchWhenAnOffsetIsOutsideOrUnaligned() {
    String outside = data(word(0x400), word(0x40), word(0));
    String unaligned = data(word(0x41), word(0x40), word(0), word(0));
    String intoHead = data(word(0x20), word(0x40), word(0));
    String hugeOffset = data(MAX_WORD, word(0x40), word(0));

    assertThat(malformed(batch(outside))).contains("ids offset");
    assertThat(malformed(batch(unaligned))).contains("ids offset");
    assertThat(malformed(batch(intoHead))).contains("ids offset");
    assertThat(malformed(batch(hugeOffset))).contains("ids offset");
  }

  @Test
  void shouldReportMalformedBatchWhenDataIsNotWholeWords() {
    assertThat(malformed(batch("0x" + word(0x40) + "ab"))).contains("whole 32-byte words");
    assertThat(malformed(batch("0x"))).contains("offsets");
  }

  @Test
  void shouldIgnoreLogsThatAreNotTokenEvents() {
    Log approval = log(data(word(1)), "0x" + "8c".repeat(32), topic(FROM), topic(TO));
    Log anonymous = log("0x");

    assertThat(TokenTransferExtractor.extract(approval))
        .isInstanceOf(TokenExtraction.NotATokenEvent.class);
    assertThat(TokenTransferExtractor.extract(anonymous))
        .isInstanceOf(TokenExtraction.NotATokenEvent.class);
  }

  @Test
  void shouldRecogniseTopic0RegardlessOfHexCase() {
    TokenTransfer t =
        single(
            log(
                data(word(3)),
                TokenEvents.TRANSFER.toUpperCase().replace("0X", "0x"),
                topic(FROM),
                topic(TO)));

    assertThat(t.getAmount()).isEqualTo(BigDecimal.valueOf(3));
  }

  private static Log batch(String data) {
    return log(data, TokenEvents.TRANSFER_BATCH, topic(OPERATOR), topic(FROM), topic(TO));
  }

  private static TokenTransfer single(Log log) {
    List<TokenTransfer> transfers = transfers(log);
    assertThat(transfers).hasSize(1);
    return transfers.get(0);
  }

  private static List<TokenTransfer> transfers(Log log) {
    TokenExtraction extraction = TokenTransferExtractor.extract(log);
    assertThat(extraction).isInstanceOf(TokenExtraction.Transfers.class);
    return ((TokenExtraction.Transfers) extraction).transfers();
  }

  private static String malformed(Log log) {
    TokenExtraction extraction = TokenTransferExtractor.extract(log);
    assertThat(extraction).isInstanceOf(TokenExtraction.Malformed.class);
    return ((TokenExtraction.Malformed) extraction).reason();
  }

  private static Log log(String data, String... topics) {
    return Log.newBuilder()
        .setBlockNumber(1)
        .setBlockHash("0x" + "01".repeat(32))
        .setBlockTimestamp(1)
        .setTransactionHash(TX)
        .setTransactionIndex(0)
        .setLogIndex(7)
        .setAddress(TOKEN)
        .setTopics(List.of(topics))
        .setData(data)
        .build();
  }

  private static String topic(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }

  private static String word(long value) {
    String hex = Long.toHexString(value);
    return "0".repeat(64 - hex.length()) + hex;
  }

  private static String data(String... words) {
    return "0x" + String.join("", words);
  }
}
