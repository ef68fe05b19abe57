package io.chainexplorer.decoder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.SignatureParser;
import io.chainexplorer.decoder.selectors.SelectorDatabase;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AbiResolverTest {

  private static final String TOKEN = "0x" + "70".repeat(20);
  private static final String IMPL = "0x" + "11".repeat(20);
  private static final String HOLDER = "0x" + "a1".repeat(20);

  private final AtomicInteger invalid = new AtomicInteger();
  private final AbiResolver resolver =
      new AbiResolver(
          StandardCatalogue.builtIn(), SelectorDatabase.builtIn(), invalid::incrementAndGet);
  private final Lookup lookup = new Lookup();

  @Test
  void shouldPreferTheUserAbiOverTheStandards() {
    lookup.abis.put(TOKEN, abi("transfer", "address", "recipient", "uint256", "amount"));

    Resolution resolution = resolver.call(TOKEN, transfer(), lookup);

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> {
              assertThat(decoded.source()).isEqualTo(AbiSource.USER);
              assertThat(decoded.values().get(0).name()).isEqualTo("recipient");
            });
  }

  @Test
  void shouldUseTheImplementationsUserAbiBehindAProxyBeforeTheStandards() {
    lookup.implementations.put(TOKEN, IMPL);
    lookup.abis.put(IMPL, abi("transfer", "address", "dst", "uint256", "wad"));

    Resolution resolution = resolver.call(TOKEN, transfer(), lookup);

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> {
              assertThat(decoded.source()).isEqualTo(AbiSource.PROXY);
              assertThat(decoded.detail()).isEqualTo(IMPL);
            });
  }

  @Test
  void shouldFallBackToTheStandardsWhenTheImplementationHasNoUserAbi() {
    lookup.implementations.put(TOKEN, IMPL);

    assertThat(resolver.call(TOKEN, transfer(), lookup))
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> assertThat(decoded.source()).isEqualTo(AbiSource.STANDARD));
  }

  @Test
  void shouldIgnoreAUserAbiThatDoesNotParseAndCountIt() {
    lookup.abis.put(TOKEN, "not json");

    Resolution first = resolver.call(TOKEN, transfer(), lookup);
    resolver.call(TOKEN, transfer(), lookup);

    assertThat(first)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> assertThat(decoded.source()).isEqualTo(AbiSource.STANDARD));
    assertThat(invalid).hasValue(1);
  }

  @Test
  void shouldCallCalldataShorterThanASelectorMalformed() {
    assertThat(resolver.call(TOKEN, new byte[] {1, 2}, lookup))
        .isInstanceOf(Resolution.Malformed.class);
  }

  @Test
  void shouldNotFallThroughToALessTrustedSourceWhenTheTrustedOneCannotDecode() {
    lookup.abis.put(TOKEN, abi("transfer", "address", "to", "uint256", "value"));
    byte[] truncated = java.util.Arrays.copyOf(transfer(), 20);

    assertThat(resolver.call(TOKEN, truncated, lookup))
        .isInstanceOfSatisfying(
            Resolution.Malformed.class,
            malformed -> assertThat(malformed.reason()).contains("(USER)"));
  }

  @Test
  void shouldDecodeAnEventByTopic0AndTopicCountFromTheStandards() {
    String topic0 = SignatureParser.event("AuthorizedOperator(address,address)").topic0Hex();
    List<byte[]> topics =
        List.of(io.chainexplorer.decoder.abi.Hex.decode(topic0), new byte[32], new byte[32]);

    Resolution resolution = resolver.event(TOKEN, topics, new byte[0], lookup);

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class, decoded -> assertThat(decoded.detail()).isEqualTo("ERC-777"));
  }

  private static byte[] transfer() {
    return AbiEncoder.encode(
        SignatureParser.function("transfer(address,uint256)"), List.of(HOLDER, BigInteger.TEN));
  }

  private static String abi(String name, String t1, String n1, String t2, String n2) {
    return String.format(
        "[{\"type\":\"function\",\"name\":\"%s\",\"inputs\":[{\"name\":\"%s\",\"type\":\"%s\"},"
            + "{\"name\":\"%s\",\"type\":\"%s\"}]}]",
        name, n1, t1, n2, t2);
  }

  private static final class Lookup implements AbiLookup {
    final Map<String, String> abis = new HashMap<>();
    final Map<String, String> implementations = new HashMap<>();

    @Override
    public Optional<String> userAbi(String address) {
      return Optional.ofNullable(abis.get(address));
    }

    @Override
    public Optional<String> implementation(String proxy) {
      return Optional.ofNullable(implementations.get(proxy));
    }

    @Override
    public Optional<String> securityFamily(String address) {
      return Optional.empty();
    }
  }
}
