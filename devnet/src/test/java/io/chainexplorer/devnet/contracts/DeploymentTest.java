package io.chainexplorer.devnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentTest {

  @Test
  void shouldLogAddressesButNotTheCreationCodeWhenPrinted() {
    String bytecode = "0x" + "60806040".repeat(160);
    Deployment deployment =
        new Deployment(
            "0xowner",
            List.of("0xowner", "0xb"),
            "0xtoken",
            "0xnft",
            "0xmulti",
            "0xsecurity",
            "0xfactory",
            "0xflaky",
            "0xv1",
            "0xv2",
            "0xproxy",
            bytecode);

    assertThat(deployment.toString())
        .contains("token=0xtoken", "proxy=0xproxy", "2 accounts", "childBytecode=1282 hex chars")
        .doesNotContain("60806040")
        .hasSizeLessThan(300);
  }
}
