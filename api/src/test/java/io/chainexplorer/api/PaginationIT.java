package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cursor walk over an address with a few thousand rows in two monthly buckets returns each row
 * once, in order, while new transactions of the address are written between pages.
 */
@ExtendWith(CassandraExtension.class)
class PaginationIT {

  static final String WALKER = Hex.address("walker", 1);
  static final int TRANSACTIONS = 2400;
  static final int SELF_EVERY = 100;

  private static ApiStack stack;
  private static List<String> expected;

  @BeforeAll
  static void writeTheAddress(CassandraEndpoint cassandra) throws Exception {
    stack = ApiStack.on(cassandra);
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    Instant thisMonth = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant lastMonth = month.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<SinkRecord> records = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < TRANSACTIONS; i++) {
      long block = 10_000 + i / 3;
      long index = i % 3;
      Instant time = i < TRANSACTIONS / 2 ? lastMonth.plusSeconds(i) : thisMonth.plusSeconds(i);
      String to = i % SELF_EVERY == 0 ? WALKER : Hex.address("peer", i % 50);
      String hash = Hex.hash("walk", i);
      records.add(HotRows.transaction(hash, block, index, WALKER, to, time));
      // Newest first: a self-transfer's rows order by direction, in before out.
      rows.add(0, hash + "/out");
      if (to.equals(WALKER)) {
        rows.add(0, hash + "/in");
      }
    }
    stack.write(records);
    expected = rows;
  }

  @Test
  void shouldWalkEveryRowOnceInOrderWhileNewTransactionsArrive() throws Exception {
    ApiClient client = new ApiClient(stack.baseUrl(), ApiStack.READER_KEY);
    List<String> walked = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      String path = "/v1/addresses/" + WALKER + "/transactions?limit=100";
      if (next != null) {
        path += "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
      }
      ApiClient.Answer answer = client.get(path);
      assertThat(answer.status()).as("page %d: %s", pages, answer.body()).isEqualTo(200);
      for (JsonNode item : answer.body().get("items")) {
        walked.add(item.get("txHash").asText() + "/" + item.get("direction").asText());
      }
      next = answer.body().get("next").isNull() ? null : answer.body().get("next").asText();
      pages++;
      writeNewTransactions(pages);
    } while (next != null && pages < 100);

    assertThat(walked).hasSize(expected.size()).doesNotHaveDuplicates();
    assertThat(walked).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + 99) / 100);
  }

  /** Transactions of the walker in newer blocks than any it had: a new block arriving. */
  private static void writeNewTransactions(int page) throws Exception {
    List<SinkRecord> records = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String hash = Hex.hash("arrived-" + page, i);
      Instant now = Instant.now();
      records.add(HotRows.transaction(hash, 50_000 + page, i, WALKER, Hex.address("new", i), now));
    }
    stack.write(records);
  }
}
