package io.chainexplorer.decoder.abi;

import java.util.List;
import java.util.stream.Collectors;

/** A function or an event of an ABI: name, inputs and canonical text signature. */
public sealed interface AbiEntry permits AbiFunction, AbiEvent {

  /** The function or event name. */
  String name();

  /** The inputs in declaration order. */
  List<AbiParameter> inputs();

  /** The canonical text signature, e.g. {@code transfer(address,uint256)}. */
  default String signature() {
    return inputs().stream()
        .map(p -> p.type().canonical())
        .collect(Collectors.joining(",", name() + "(", ")"));
  }
}
