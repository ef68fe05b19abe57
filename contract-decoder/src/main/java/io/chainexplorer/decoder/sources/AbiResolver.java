package io.chainexplorer.decoder.sources;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.CalldataDecoder;
import io.chainexplorer.decoder.abi.DecodeResult;
import io.chainexplorer.decoder.abi.EventDecoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.selectors.SelectorDatabase;
import io.chainexplorer.decoder.selectors.SelectorMatch;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import io.chainexplorer.decoder.standards.StandardMember;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a call or a log by the most trusted source that knows it: the contract's user ABI, the
 * user ABI of its proxy implementation, the built-in standards, then the selector database. The
 * first source that knows the selector decides; its failure to decode is malformed, not a fall
 * through to a less trusted source.
 */
public final class AbiResolver {

  private final StandardCatalogue standards;
  private final SelectorDatabase database;
  private final UserAbiCache userAbis;

  public AbiResolver(StandardCatalogue standards, SelectorDatabase database, Runnable onInvalid) {
    this.standards = standards;
    this.database = database;
    this.userAbis = new UserAbiCache(onInvalid);
  }

  /** Decodes {@code calldata} (at least one byte) sent to {@code contract}. */
  public Resolution call(String contract, byte[] calldata, AbiLookup lookup) {
    if (calldata.length < 4) {
      return new Resolution.Malformed(
          "calldata of " + calldata.length + " bytes has no 4-byte selector");
    }
    String selector = Hex.encode(calldata, 0, 4);
    Optional<AbiFunction> own = userAbi(contract, lookup).flatMap(abi -> abi.function(selector));
    if (own.isPresent()) {
      return call(own.get(), calldata, AbiSource.USER, null);
    }
    Optional<String> implementation = lookup.implementation(contract);
    if (implementation.isPresent()) {
      Optional<AbiFunction> delegated =
          userAbi(implementation.get(), lookup).flatMap(abi -> abi.function(selector));
      if (delegated.isPresent()) {
        return call(delegated.get(), calldata, AbiSource.PROXY, implementation.get());
      }
    }
    List<StandardMember> members = standards.functions(selector);
    if (!members.isEmpty()) {
      StandardMember member = preferred(members, lookup.securityFamily(contract));
      return call((AbiFunction) member.entry(), calldata, AbiSource.STANDARD, member.standard());
    }
    SelectorMatch match = database.function(calldata);
    if (match instanceof SelectorMatch.Fits fits) {
      return call((AbiFunction) fits.entry(), calldata, AbiSource.SELECTOR_DATABASE, fits.detail());
    }
    if (match instanceof SelectorMatch.NoneFits none) {
      return new Resolution.Malformed(
          "none of the "
              + none.candidates()
              + " signatures of selector "
              + selector
              + " re-encodes to the calldata");
    }
    return new Resolution.Unknown(selector);
  }

  /** Decodes a log of {@code contract} with at least one topic. */
  public Resolution event(String contract, List<byte[]> topics, byte[] data, AbiLookup lookup) {
    String topic0 = Hex.encode(topics.get(0));
    int count = topics.size();
    Optional<AbiEvent> own = userAbi(contract, lookup).flatMap(abi -> abi.event(topic0, count));
    if (own.isPresent()) {
      return event(own.get(), topics, data, AbiSource.USER, null);
    }
    Optional<String> implementation = lookup.implementation(contract);
    if (implementation.isPresent()) {
      Optional<AbiEvent> delegated =
          userAbi(implementation.get(), lookup).flatMap(abi -> abi.event(topic0, count));
      if (delegated.isPresent()) {
        return event(delegated.get(), topics, data, AbiSource.PROXY, implementation.get());
      }
    }
    List<StandardMember> members = standards.events(topic0, count);
    if (!members.isEmpty()) {
      StandardMember member = preferred(members, lookup.securityFamily(contract));
      return event((AbiEvent) member.entry(), topics, data, AbiSource.STANDARD, member.standard());
    }
    SelectorMatch match = database.event(topics, data);
    if (match instanceof SelectorMatch.Fits fits) {
      return event(
          (AbiEvent) fits.entry(), topics, data, AbiSource.SELECTOR_DATABASE, fits.detail());
    }
    if (match instanceof SelectorMatch.NoneFits none) {
      return new Resolution.Malformed(
          "none of the " + none.candidates() + " signatures of topic0 " + topic0 + " decodes");
    }
    return new Resolution.Unknown(topic0);
  }

  private Optional<ContractAbi> userAbi(String address, AbiLookup lookup) {
    return userAbis.get(address, lookup.userAbi(address).orElse(null));
  }

  private static StandardMember preferred(List<StandardMember> members, Optional<String> family) {
    if (family.isPresent()) {
      for (StandardMember member : members) {
        if (member.securityFamily().equals(family)) {
          return member;
        }
      }
    }
    return members.get(0);
  }

  private static Resolution call(
      AbiFunction function, byte[] calldata, AbiSource source, String detail) {
    return resolved(function, CalldataDecoder.decode(function, calldata), source, detail);
  }

  private static Resolution event(
      AbiEvent event, List<byte[]> topics, byte[] data, AbiSource source, String detail) {
    return resolved(event, EventDecoder.decode(event, topics, data), source, detail);
  }

  private static Resolution resolved(
      AbiEntry entry, DecodeResult result, AbiSource source, String detail) {
    if (result instanceof DecodeResult.Decoded decoded) {
      return new Resolution.Decoded(entry, decoded.values(), source, detail);
    }
    return new Resolution.Malformed(
        entry.signature() + " (" + source + "): " + ((DecodeResult.Malformed) result).reason());
  }
}
