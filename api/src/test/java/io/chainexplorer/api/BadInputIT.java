package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.api.store.Cursor;
import io.chainexplorer.api.store.Listing;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed parameters get a 400 problem body naming the parameter, never a 500. */
@ExtendWith(CassandraExtension.class)
class BadInputIT {

  private static final String A = Hex.address("bad-input", 1);
  private static final String TXS = "/v1/addresses/" + A + "/transactions";
  private static ApiClient client;

  @BeforeAll
  static void start(CassandraEndpoint cassandra) {
    client = new ApiClient(ApiStack.on(cassandra).baseUrl(), ApiStack.READER_KEY);
  }

  static Stream<Arguments> malformed() {
    String otherListing =
        new Cursor(Listing.CONTRACT_CALLS.name(), A, 202601, List.of(1L, "0x")).encode();
    String otherAddress =
        new Cursor(
                Listing.ADDRESS_TRANSACTIONS.name(),
                Hex.address("other", 1),
                202601,
                List.of(1L, 0L, "in"))
            .encode();
    String badBucket =
        new Cursor(Listing.ADDRESS_TRANSACTIONS.name(), A, 202613, List.of(1L, 0L, "in")).encode();
    String badArity =
        new Cursor(Listing.ADDRESS_TRANSACTIONS.name(), A, 202601, List.of(1L)).encode();
    String badType =
        new Cursor(Listing.ADDRESS_TRANSACTIONS.name(), A, 202601, List.of("x", 0L, "in")).encode();
    String notJson =
        Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("/v1/blocks/abc", "number"),
        Arguments.of("/v1/blocks/-1", "number"),
        Arguments.of("/v1/blocks/1.5", "number"),
        Arguments.of("/v1/blocks/0x10", "number"),
        Arguments.of("/v1/blocks/9999999999999999999999", "number"),
        Arguments.of("/v1/blocks/latest?count=0", "count"),
        Arguments.of("/v1/blocks/latest?count=101", "count"),
        Arguments.of("/v1/blocks/latest?count=ten", "count"),
        Arguments.of("/v1/transactions/0x1234", "hash"),
        Arguments.of("/v1/transactions/" + Hex.hash("t", 1).substring(2), "hash"),
        Arguments.of("/v1/transactions/" + Hex.hash("t", 1) + "00", "hash"),
        Arguments.of("/v1/transactions/0x" + "g".repeat(64), "hash"),
        Arguments.of("/v1/addresses/0x123/transactions", "address"),
        Arguments.of("/v1/addresses/" + A.substring(2) + "/transactions", "address"),
        Arguments.of("/v1/addresses/0x" + "z".repeat(40) + "/token-transfers", "address"),
        Arguments.of("/v1/tokens/not-an-address/transfers", "address"),
        Arguments.of("/v1/contracts/0x/calls", "address"),
        Arguments.of("/v1/contracts/" + A + "00/events", "address"),
        Arguments.of(TXS + "?limit=0", "limit"),
        Arguments.of(TXS + "?limit=101", "limit"),
        Arguments.of(TXS + "?limit=-5", "limit"),
        Arguments.of(TXS + "?limit=abc", "limit"),
        Arguments.of(TXS + "?cursor=%21%21%21", "cursor"),
        Arguments.of(TXS + "?cursor=" + notJson, "cursor"),
        Arguments.of(TXS + "?cursor=" + otherListing, "cursor"),
        Arguments.of(TXS + "?cursor=" + otherAddress, "cursor"),
        Arguments.of(TXS + "?cursor=" + badBucket, "cursor"),
        Arguments.of(TXS + "?cursor=" + badArity, "cursor"),
        Arguments.of(TXS + "?cursor=" + badType, "cursor"),
        Arguments.of(TXS + "?cursor=", "cursor"),
        Arguments.of(TXS + "?fromBlock=x", "fromBlock"),
        Arguments.of(TXS + "?toBlock=-1", "toBlock"),
        Arguments.of(TXS + "?fromBlock=10&toBlock=5", "fromBlock"),
        Arguments.of(TXS + "?fromBlock=0&toBlock=5000000", "toBlock"),
        Arguments.of(TXS + "?from=yesterday", "from"),
        Arguments.of(TXS + "?to=2026-13-01T00:00:00Z", "to"),
        Arguments.of(TXS + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"),
        Arguments.of(TXS + "?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"),
        Arguments.of(TXS + "?direction=sideways", "direction"),
        Arguments.of("/v1/addresses/" + A + "/token-transfers?direction=IN", "direction"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void shouldAnswer400NamingTheParameterWhenItIsMalformed(String path, String parameter)
      throws Exception {
    ApiClient.Answer answer = client.get(path);

    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("parameter").asText()).isEqualTo(parameter);
    assertThat(answer.body().get("detail").asText()).startsWith(parameter + ":");
  }
}
