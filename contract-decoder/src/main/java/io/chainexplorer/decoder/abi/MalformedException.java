package io.chainexplorer.decoder.abi;

/** Internal signal that the data cannot decode; never escapes the decoders' public methods. */
final class MalformedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedException(String reason) {
    // No stack trace: malicious input may trigger this in a hot loop.
    super(reason, null, false, false);
  }
}
