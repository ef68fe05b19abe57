package io.chainexplorer.decoder.abi;

import java.util.Objects;

/** One input of a function or event: its name (may be empty), type and, for events, indexed. */
public record AbiParameter(String name, AbiType type, boolean indexed) {
  public AbiParameter {
    name = name == null ? "" : name;
    Objects.requireNonNull(type, "type");
  }
}
