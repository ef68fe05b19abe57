package io.chainexplorer.decoder.sources;

import java.util.Optional;

/** The state an ABI resolution reads: user ABIs, proxy implementations, recognised tokens. */
public interface AbiLookup {

  /** The user ABI JSON published for {@code address}, if any. */
  Optional<String> userAbi(String address);

  /** The implementation behind {@code proxy}, as seen in its EIP-1967 events, if any. */
  Optional<String> implementation(String proxy);

  /** The security-token family {@code address} was recognised as, if any. */
  Optional<String> securityFamily(String address);
}
