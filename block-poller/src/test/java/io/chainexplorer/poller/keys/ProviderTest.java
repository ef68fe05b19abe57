package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderTest {

  @Test
  void shouldFillKeyIntoTemplateAndShowOnlyOrigin() {
    Provider infura =
        Provider.of("infura", "https://mainnet.infura.io/v3/${key}", ProviderProfile.INFURA);
    ApiKey key = ApiKey.of("infura", "main", "abc123secret");

    assertThat(infura.endpointFor(key)).hasToString("https://mainnet.infura.io/v3/abc123secret");
    assertThat(infura.toString()).isEqualTo("Provider{infura at https://mainnet.infura.io}");
  }

  @Test
  void shouldEncodeAKeyWithASpaceOrAQuoteIntoAValidUrl() {
    Provider infura =
        Provider.of("infura", "https://mainnet.infura.io/v3/${key}", ProviderProfile.INFURA);
    ApiKey key = ApiKey.of("infura", "pasted", "ab c\"d/e");

    assertThat(infura.endpointFor(key))
        .hasToString("https://mainnet.infura.io/v3/ab%20c%22d%2Fe")
        .hasPath("/v3/ab c\"d/e");
  }

  @Test
  void shouldUsePlainUrlAsTheOneKeylessEndpoint() {
    Provider plain = Provider.of("rpc", "http://127.0.0.1:8545/", ProviderProfile.GENERIC);

    assertThat(plain.templated()).isFalse();
    assertThat(plain.endpointFor(ApiKey.keyless("rpc", "rpc-1@127.0.0.1")))
        .hasToString("http://127.0.0.1:8545/");
  }

  @Test
  void shouldDeriveAliasOfPlainUrlFromHostNeverPathOrQuery() {
    String url = "https://eth.example.com/v2/pathkey123?apikey=querykey456";

    assertThat(SecretUrls.aliasOf(1, url)).isEqualTo("rpc-1@eth.example.com");
    assertThat(SecretUrls.origin(url)).isEqualTo("https://eth.example.com");
  }

  @Test
  void shouldChargeAlchemyPublishedComputeUnits() {
    MethodWeights alchemy = ProviderProfile.ALCHEMY.weights();

    assertThat(alchemy.weightOf("eth_getBlockByNumber")).isEqualTo(20);
    assertThat(alchemy.weightOf("eth_getTransactionReceipt")).isEqualTo(20);
    assertThat(alchemy.weightOf("eth_getLogs")).isEqualTo(60);
    assertThat(alchemy.unitsOf(List.of("eth_getBlockByNumber", "eth_getBlockReceipts")))
        .isEqualTo(40);
  }

  @Test
  void shouldDefaultGenericToOneUnitTenPerSecondHundredThousandPerDay() {
    ProviderProfile generic = ProviderProfile.named("generic");

    assertThat(generic.weights().weightOf("eth_anything")).isEqualTo(1);
    assertThat(generic.unitsPerSecond()).isEqualTo(10);
    assertThat(generic.dailyBudget()).isEqualTo(100_000);
  }

  @Test
  void shouldOverrideListedWeightsAndKeepTheRest() {
    MethodWeights weights =
        ProviderProfile.INFURA
            .weights()
            .with(MethodWeights.parse("eth_getLogs:60, eth_getBlockByNumber:20"));

    assertThat(weights.weightOf("eth_getLogs")).isEqualTo(60);
    assertThat(weights.weightOf("eth_getBlockByNumber")).isEqualTo(20);
    assertThat(weights.weightOf("eth_getBlockReceipts")).isEqualTo(1000);
    assertThat(weights.weightOf("eth_unlisted")).isEqualTo(80);
  }

  @Test
  void shouldRejectMalformedWeightEntry() {
    assertThatThrownBy(() -> MethodWeights.parse("eth_getLogs=60"))
        .hasMessageContaining("eth_getLogs=60");
    assertThatThrownBy(() -> MethodWeights.of(Map.of("m", -1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectUnknownProfileListingKnownOnes() {
    assertThatThrownBy(() -> ProviderProfile.named("ankr")).hasMessageContaining("alchemy");
  }
}
