package io.chainexplorer.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.SecurityTokenFixture;
import io.chainexplorer.batch.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs over a cold store that grows as the sink writes it: each one recomputes only the
 * changed days and ends with the content hashes a full run gives over the same files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunTest {

  private static final List<String> VIEWS =
      List.of("token_daily", "tokens", "security_tokens_daily", "security_token_adoption");
  private static final String DAY1 = "2024-05-01";
  private static final String DAY2 = "2024-05-02";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  @TempDir static Path work;
  private static SecurityTokenFixture.Writer sink;

  @BeforeAll
  static void firstDay() throws Exception {
    sink = SecurityTokenFixture.open(root);
    sink.day1();
    run("out", false);
  }

  @AfterAll
  static void close() {
    sink.close();
  }

  @Test
  @Order(1)
  void shouldRecomputeOnlyTheNewDayAndMatchAFullRun() throws Exception {
    sink.day2();
    JsonNode report = run("out", false);
    assertThat(report.get("mode").asText()).isEqualTo("incremental");
    assertThat(report.get("status").asText()).isEqualTo("ok");
    assertThat(report.get("watermark").asText()).isEqualTo(DAY1);
    assertThat(days(report, "security_tokens_daily")).containsExactly(DAY2);
    assertThat(days(report, "security_token_adoption")).containsExactly(DAY2);
    run("full-1", true);
    assertThat(hashes("out")).isEqualTo(hashes("full-1"));
  }

  @Test
  @Order(2)
  void shouldRecomputeNothingWhenNothingChanged() throws Exception {
    Map<String, List<String>> before = hashes("out");
    JsonNode report = run("out", false);
    for (String view : VIEWS) {
      assertThat(days(report, view)).as(view).isEmpty();
    }
    assertThat(hashes("out")).isEqualTo(before);
  }

  @Test
  @Order(3)
  void shouldPickUpALateFileOfAComputedDay() throws Exception {
    sink.late();
    JsonNode report = run("out", false);
    // The late file recognises a token whose second day's files did not change: that day changes.
    assertThat(days(report, "security_tokens_daily")).containsExactly(DAY1, DAY2);
    assertThat(hashLine("out", "security_tokens_daily", DAY2))
        .isNotEqualTo(hashLine("full-1", "security_tokens_daily", DAY2));
    assertThat(hashLine("out", "security_tokens_daily", DAY1))
        .isNotEqualTo(hashLine("full-1", "security_tokens_daily", DAY1));
    run("full-2", true);
    assertThat(hashes("out")).isEqualTo(hashes("full-2"));
  }

  private static JsonNode run(String out, boolean full) throws Exception {
    Map<String, String> properties = new HashMap<>();
    properties.put(BatchConfig.COLD_STORE_ROOT, root.toUri().toString());
    properties.put(BatchConfig.CHAIN_NAME, ColdStoreFixture.CHAIN);
    properties.put(BatchConfig.OUTPUT_DIR, work.resolve(out).toUri().toString());
    properties.put(BatchConfig.VIEWS, String.join(",", VIEWS));
    properties.put(BatchConfig.FULL, String.valueOf(full));
    new BatchRun(TestSpark.session(), new BatchConfig(properties)).run();
    return JSON.readTree(work.resolve(out).resolve(RunReport.FILE).toFile());
  }

  private static List<String> days(JsonNode report, String view) {
    List<String> days = new ArrayList<>();
    report.get("views").get(view).get("daysWritten").forEach(day -> days.add(day.asText()));
    return days;
  }

  private static Map<String, List<String>> hashes(String out) throws Exception {
    Map<String, List<String>> hashes = new HashMap<>();
    for (String view : VIEWS) {
      hashes.put(
          view, Files.readAllLines(work.resolve(out).resolve(view).resolve(ViewOutput.HASHES)));
    }
    return hashes;
  }

  private static String hashLine(String out, String view, String day) throws Exception {
    return hashes(out).get(view).stream()
        .filter(line -> line.split("\t")[1].equals(day))
        .findFirst()
        .orElseThrow();
  }
}
