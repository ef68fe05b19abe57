package io.chainexplorer.decoder.standards;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.SignatureParser;
import org.junit.jupiter.api.Test;

class StandardCatalogueTest {

  private final StandardCatalogue catalogue = StandardCatalogue.builtIn();

  @Test
  void shouldLoadEveryStandardOfTheIndex() {
    assertThat(catalogue.size()).isGreaterThan(180);
    assertThat(catalogue.functions("0xa9059cbb"))
        .extracting(StandardMember::standard)
        .containsExactly("ERC-20");
  }

  @Test
  void shouldTellErc20FromErc721TransferEventsByTopicCount() {
    String topic0 = SignatureParser.event("Transfer(address,address,uint256)").topic0Hex();

    assertThat(catalogue.events(topic0, 3))
        .extracting(StandardMember::standard)
        .containsExactly("ERC-20");
    assertThat(catalogue.events(topic0, 4))
        .extracting(StandardMember::standard)
        .containsExactly("ERC-721");
  }

  @Test
  void shouldCarryTheSecurityTokenStandardsAndTheirFamilies() {
    assertThat(family("issueByPartition(bytes32,address,uint256,bytes)")).isEqualTo("ERC-1400");
    assertThat(family("issue(address,uint256,bytes)")).isEqualTo("ERC-1400");
    assertThat(family("setDocument(bytes32,string,bytes32)")).isEqualTo("ERC-1400");
    assertThat(family("controllerTransfer(address,address,uint256,bytes,bytes)"))
        .isEqualTo("ERC-1400");
    assertThat(family("detectTransferRestriction(address,address,uint256)")).isEqualTo("ERC-1404");
    assertThat(family("forcedTransfer(address,address,uint256)")).isEqualTo("ERC-3643");
    assertThat(family("recoveryAddress(address,address,address)")).isEqualTo("ERC-3643");
  }

  @Test
  void shouldNotRecogniseASecurityTokenByMembersCommonTokensShare() {
    assertThat(catalogue.recognisedFamily(SignatureParser.function("mint(address,uint256)")))
        .isEmpty();
    assertThat(catalogue.recognisedFamily(SignatureParser.function("transfer(address,uint256)")))
        .isEmpty();
    assertThat(catalogue.recognisedFamily(SignatureParser.event("Paused(address)"))).isEmpty();
  }

  @Test
  void shouldShipWethMulticallAndUniswap() {
    assertThat(standardOf("deposit()")).isEqualTo("WETH");
    assertThat(standardOf("aggregate3((address,bool,bytes)[])")).isEqualTo("Multicall3");
    assertThat(standardOf("swapExactTokensForTokens(uint256,uint256,address[],address,uint256)"))
        .isEqualTo("UniswapV2Router02");
    assertThat(
            standardOf(
                "exactInputSingle((address,address,uint24,address,uint256,uint256,uint256,uint160))"))
        .isEqualTo("UniswapV3SwapRouter");
    assertThat(standardOf("swap(address,bool,int256,uint160,bytes)")).isEqualTo("UniswapV3Pool");
    assertThat(standardOf("send(address,uint256,bytes)")).isEqualTo("ERC-777");
  }

  private String family(String signature) {
    return catalogue.recognisedFamily(SignatureParser.function(signature)).orElseThrow();
  }

  private String standardOf(String signature) {
    AbiFunction function = SignatureParser.function(signature);
    return catalogue.functions(function.selectorHex()).get(0).standard();
  }
}
