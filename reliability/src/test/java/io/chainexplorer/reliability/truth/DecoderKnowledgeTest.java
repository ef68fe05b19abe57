package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.reliability.truth.AbiMembers.Member;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecoderKnowledgeTest {

  private static final String ERC721_TRANSFER =
      "[{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":["
          + "{\"type\":\"address\",\"indexed\":true},{\"type\":\"address\",\"indexed\":true},"
          + "{\"type\":\"uint256\",\"indexed\":true}]}]";
  private static final String COUNTER =
      "[{\"type\":\"function\",\"name\":\"incrementBy\",\"inputs\":[{\"type\":\"uint256\"}]}]";

  @Test
  void shouldComputeSelectorsAndTopicsFromTheAbiJsonWithTuplesExpandedAndAnonymousEventsLeftOut() {
    List<Member> members =
        AbiMembers.of(
            DecodedOutputs.ERC20_ABI.replace("]}]", "]},")
                + "{\"type\":\"event\",\"name\":\"Hidden\",\"anonymous\":true,\"inputs\":[]},"
                + "{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"type\":\"tuple[]\","
                + "\"components\":[{\"type\":\"address\"},{\"type\":\"bytes\"}]}]}]");

    assertThat(members)
        .extracting(Member::signature, Member::hash, Member::topics)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "transfer(address,uint256)", DecodedOutputs.TRANSFER_SELECTOR, 0),
            org.assertj.core.groups.Tuple.tuple(
                "Transfer(address,address,uint256)", Chains.TRANSFER_TOPIC, 3),
            org.assertj.core.groups.Tuple.tuple(
                "multicall((address,bytes)[])", members.get(2).hash(), 0));
    assertThat(members.get(2).hash()).hasSize(10);
  }

  @Test
  void shouldTellEventsWithTheSameTopic0ApartByTheirTopicCount() {
    DecoderKnowledge knowledge = new DecoderKnowledge().everywhere(ERC721_TRANSFER);

    assertThat(knowledge.event(Chains.address(1), Optional.empty(), Chains.TRANSFER_TOPIC, 4))
        .isPresent();
    assertThat(knowledge.event(Chains.address(1), Optional.empty(), Chains.TRANSFER_TOPIC, 3))
        .isEmpty();
  }

  @Test
  void shouldKnowAUserAbiOnlyAtItsAddressAndAtAProxyOnceUpgradedToIt() {
    String proxy = Chains.address(77);
    String implementation = Chains.address(88);
    DecoderKnowledge knowledge = new DecoderKnowledge().userAbi(implementation, COUNTER);
    String selector = AbiMembers.of(COUNTER).get(0).hash();
    String input = selector + Chains.word(3).substring(2);
    // block 10 upgrades the proxy (the transaction's target) to the counter
    RawLog upgraded =
        RawLog.newBuilder()
            .setAddress(proxy)
            .setTopics(
                List.of(
                    io.chainexplorer.devnet.abi.Abi.topic0("Upgraded(address)"),
                    "0x" + "0".repeat(24) + implementation.substring(2)))
            .setData("0x")
            .setLogIndex(1)
            .build();
    List<RawBlock> blocks =
        List.of(
            DecodedOutputs.withLog(DecodedOutputs.withInput(Chains.block(10, 0), input), upgraded),
            DecodedOutputs.withInput(Chains.block(11, 0), input));

    List<DecodedRecord> decoded = DecodedChain.of(blocks, knowledge);

    assertThat(knowledge.function(proxy, Optional.empty(), selector)).isEmpty();
    assertThat(decoded)
        .extracting(DecodedRecord::blockNumber, DecodedRecord::contractAddress, DecodedRecord::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, proxy, "incrementBy"));
  }

  @Test
  void shouldKnowTheDevnetStandardsButNotItsOwnContractsWithoutUserAbis() {
    DecoderKnowledge builtIn = DevnetAbis.builtIn();
    String attempt =
        AbiMembers.of(io.chainexplorer.devnet.contracts.ContractArtifact.load("Flaky").abiJson())
            .stream()
            .filter(m -> m.name().equals("attempt"))
            .findFirst()
            .orElseThrow()
            .hash();

    assertThat(
            builtIn.function(Chains.address(5), Optional.empty(), DecodedOutputs.TRANSFER_SELECTOR))
        .map(Member::signature)
        .contains("transfer(address,uint256)");
    assertThat(builtIn.function(Chains.address(5), Optional.empty(), attempt)).isEmpty();
    assertThat(
            DevnetAbis.withUserAbis(java.util.Map.of(Chains.address(5), "Flaky"))
                .function(Chains.address(5), Optional.empty(), attempt))
        .isPresent();
  }
}
