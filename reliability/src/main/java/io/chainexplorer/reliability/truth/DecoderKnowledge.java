package io.chainexplorer.reliability.truth;

import io.chainexplorer.reliability.truth.AbiMembers.Member;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The functions and events a decoder run is expected to decode: those of ABIs it knows at any
 * address (the standards) and those of user ABIs, known at their contract's address and, through an
 * EIP-1967 {@code Upgraded} event, at the proxies that name that contract their implementation.
 */
public final class DecoderKnowledge {

  private static final String ANY_ADDRESS = "*";

  private final Map<String, Map<String, Member>> functions = new HashMap<>();
  private final Map<String, Map<String, Member>> events = new HashMap<>();

  /** Knows the members of {@code abiJson} at every address. */
  public DecoderKnowledge everywhere(String abiJson) {
    return at(ANY_ADDRESS, abiJson);
  }

  /** Knows the members of {@code abiJson} at {@code address} (and the proxies in front of it). */
  public DecoderKnowledge userAbi(String address, String abiJson) {
    return at(address.toLowerCase(Locale.ROOT), abiJson);
  }

  /**
   * Knows the user ABIs of a decoder's {@code abi.dir}: one {@code <address>.json} file each.
   *
   * @throws IOException when the directory cannot be read
   */
  public DecoderKnowledge abiDirectory(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(directory)) {
      files = all.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      userAbi(
          name.substring(0, name.length() - ".json".length()),
          Files.readString(file, StandardCharsets.UTF_8));
    }
    return this;
  }

  private DecoderKnowledge at(String address, String abiJson) {
    for (Member member : AbiMembers.of(abiJson)) {
      Map<String, Map<String, Member>> byAddress = member.event() ? events : functions;
      String key = member.event() ? eventKey(member.hash(), member.topics()) : member.hash();
      byAddress.computeIfAbsent(address, a -> new HashMap<>()).putIfAbsent(key, member);
    }
    return this;
  }

  /**
   * The function {@code selector} names for a call to {@code contract}.
   *
   * @param implementation the contract behind {@code contract} when it is a proxy, else empty
   */
  public Optional<Member> function(
      String contract, Optional<String> implementation, String selector) {
    String key = selector.toLowerCase(Locale.ROOT);
    return lookup(functions, contract, key)
        .or(() -> implementation.flatMap(i -> lookup(functions, i, key)))
        .or(() -> lookup(functions, ANY_ADDRESS, key));
  }

  /** The event a log of {@code contract} with this topic0 and topic count is. */
  public Optional<Member> event(
      String contract, Optional<String> implementation, String topic0, int topicCount) {
    String key = eventKey(topic0.toLowerCase(Locale.ROOT), topicCount);
    return lookup(events, contract, key)
        .or(() -> implementation.flatMap(i -> lookup(events, i, key)))
        .or(() -> lookup(events, ANY_ADDRESS, key));
  }

  private static Optional<Member> lookup(
      Map<String, Map<String, Member>> members, String address, String key) {
    return Optional.ofNullable(
        members.getOrDefault(address.toLowerCase(Locale.ROOT), Map.of()).get(key));
  }

  private static String eventKey(String topic0, int topicCount) {
    return topic0 + "/" + topicCount;
  }
}
