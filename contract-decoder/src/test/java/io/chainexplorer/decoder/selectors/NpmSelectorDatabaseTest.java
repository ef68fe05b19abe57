package io.chainexplorer.decoder.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.DecodedValue;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import io.chainexplorer.decoder.sources.AbiLookup;
import io.chainexplorer.decoder.sources.AbiResolver;
import io.chainexplorer.decoder.sources.Resolution;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NpmSelectorDatabaseTest {

  private static final String NPM_ABIS = "io/chainexplorer/decoder/selectors/npm-signatures.tsv";
  private static final AbiLookup NOTHING =
      new AbiLookup() {
        @Override
        public Optional<String> userAbi(String address) {
          return Optional.empty();
        }

        @Override
        public Optional<String> implementation(String proxy) {
          return Optional.empty();
        }

        @Override
        public Optional<String> securityFamily(String address) {
          return Optional.empty();
        }
      };

  private final AbiResolver resolver =
      new AbiResolver(StandardCatalogue.builtIn(), SelectorDatabase.builtIn(), () -> {});

  @Test
  void shouldHoldEveryFunctionAndEventOfTheNpmAbisOnceWithSelectorsTheParserAgreesWith() {
    List<SelectorEntry> npm = NpmSignatures.load();

    // @openzeppelin/contracts 5.7.0 and the four Uniswap packages pinned in package-lock.json
    assertThat(npm.stream().filter(e -> e.entry() instanceof AbiFunction)).hasSize(542);
    assertThat(npm.stream().filter(e -> !(e.entry() instanceof AbiFunction))).hasSize(141);
    assertThat(npm).extracting(SelectorEntry::identity).doesNotHaveDuplicates();
    SelectorDatabase database = new SelectorDatabase(npm);
    assertThat(database.functionCount()).isEqualTo(542);
    assertThat(database.eventCount()).isEqualTo(141);
    assertThat(SelectorDatabase.builtIn().functionCount()).isGreaterThan(542);
  }

  @Test
  void shouldListTheSignaturesSortedBySelectorWithTuplesExpandedAndTheirOrigin()
      throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(NPM_ABIS)) {
      lines =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#"))
              .toList();
    }

    assertThat(lines).isSortedAccordingTo(NpmSelectorDatabaseTest::byKindAndSelector);
    assertThat(lines)
        .contains(
            "function\t0x88316456\t"
                + "mint((address,address,uint24,int24,int24,uint256,uint256,uint256,uint256,"
                + "address,uint256))\t"
                + "function mint((address,address,uint24,int24,int24,uint256,uint256,uint256,"
                + "uint256,address,uint256) params)\t"
                + "@uniswap/v3-periphery@1.4.4/NonfungiblePositionManager\t2");
  }

  @Test
  void shouldDecodeARealMainnetCallThatOnlyTheNpmAbisKnow() throws IOException {
    JsonNode tx;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("abi/block-18000000-execute-call.json")) {
      tx = new ObjectMapper().readTree(in);
    }

    Resolution resolution = resolver.call(tx.get("to").asText(), hex(tx, "input"), NOTHING);

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> {
              assertThat(decoded.entry().signature()).isEqualTo("execute(address,bytes)");
              assertThat(decoded.source()).isEqualTo(AbiSource.SELECTOR_DATABASE);
              assertThat(decoded.detail()).isEqualTo("@openzeppelin/contracts@5.7.0/AccessManager");
              assertThat(decoded.values())
                  .extracting(DecodedValue::name)
                  .containsExactly("target", "data");
              assertThat(decoded.values().get(0).canonicalJson())
                  .isEqualTo("\"0x4f91ad1a0397b763fc653b4cfe4f836915bfcd84\"");
            });
  }

  @Test
  void shouldDecodeAPositionManagerTupleCallByTheUniswapPeripheryAbi() {
    AbiFunction increase =
        SignatureParser.function(
            "increaseLiquidity((uint256,uint256,uint256,uint256,uint256,uint256))");
    List<BigInteger> params =
        List.of(
            BigInteger.valueOf(577_123),
            new BigInteger("1000000000000000000"),
            BigInteger.valueOf(2_500_000_000L),
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.valueOf(1_693_067_000L));

    Resolution resolution =
        resolver.call(
            "0xc36442b4a4522e871399cd717abdd847ab11fe88",
            AbiEncoder.encode(increase, List.of(params)),
            NOTHING);

    assertThat(resolution)
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded -> {
              assertThat(decoded.detail())
                  .isEqualTo("@uniswap/v3-periphery@1.4.4/NonfungiblePositionManager");
              assertThat(decoded.values().get(0).name()).isEqualTo("params");
              assertThat(decoded.values().get(0).canonicalJson())
                  .isEqualTo(
                      "[\"577123\",\"1000000000000000000\",\"2500000000\",\"0\",\"1\","
                          + "\"1693067000\"]");
            });
  }

  @Test
  void shouldDecodeAnAccessControlGrantRoleByTheOpenZeppelinAbi() {
    byte[] role = new byte[32];
    role[31] = 0x01;
    byte[] calldata =
        AbiEncoder.encode(
            SignatureParser.function("grantRole(bytes32,address)"),
            List.of(role, "0x" + "ab".repeat(20)));

    assertThat(resolver.call("0x" + "cd".repeat(20), calldata, NOTHING))
        .isInstanceOfSatisfying(
            Resolution.Decoded.class,
            decoded ->
                assertThat(decoded.detail())
                    .isEqualTo("@openzeppelin/contracts@5.7.0/AccessControl"));
  }

  private static int byKindAndSelector(String a, String b) {
    String[] x = a.split("\t");
    String[] y = b.split("\t");
    int kind = x[0].compareTo(y[0]);
    return kind != 0 ? kind : x[1].compareTo(y[1]);
  }

  private static byte[] hex(JsonNode node, String field) {
    return Hex.decode(node.get(field).asText());
  }
}
