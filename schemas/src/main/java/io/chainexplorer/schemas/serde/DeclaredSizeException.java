package io.chainexplorer.schemas.serde;

import java.io.EOFException;

/**
 * A frame declares a string, bytes or collection larger than what is left of it: the end of the
 * frame comes before the data, found without allocating for it.
 */
public final class DeclaredSizeException extends EOFException {

  private static final long serialVersionUID = 1L;

  DeclaredSizeException(String declared, long left) {
    super(
        String.format(
            "frame declares a %s where %d bytes are left: corrupt or hostile", declared, left));
  }
}
