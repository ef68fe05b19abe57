package io.chainexplorer.devnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbiDirectoryTest {

  private static final Deployment DEPLOYMENT =
      new Deployment(
          address(0),
          List.of(address(0), address(99)),
          address(1),
          address(2),
          address(3),
          address(4),
          address(5),
          address(6),
          address(7),
          address(8),
          address(9),
          "0x00");

  @Test
  void shouldWriteOneAbiFilePerContractNamedByAddressExceptTheProxy(@TempDir Path dir)
      throws Exception {
    int written = AbiDirectory.write(DEPLOYMENT, dir.resolve("abis"));

    List<String> files;
    try (Stream<Path> listing = Files.list(dir.resolve("abis"))) {
      files = listing.map(path -> path.getFileName().toString()).sorted().toList();
    }
    assertThat(written).isEqualTo(8);
    assertThat(files).hasSize(8).allMatch(name -> name.matches("0x[0-9a-f]{40}\\.json"));
    assertThat(files).doesNotContain(address(9) + ".json");
    assertThat(Files.readString(dir.resolve("abis").resolve(address(8) + ".json")))
        .startsWith("[")
        .contains("\"name\":\"incrementBy\"");
  }

  private static String address(int last) {
    return String.format("0x%040x", last);
  }
}
