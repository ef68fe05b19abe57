package io.chainexplorer.poller.tokens;

/** The view functions read from a token: name and 4-byte selector of each. */
public enum TokenCall {
  NAME("0x06fdde03"),
  SYMBOL("0x95d89b41"),
  DECIMALS("0x313ce567"),
  TOTAL_SUPPLY("0x18160ddd");

  private final String selector;

  TokenCall(String selector) {
    this.selector = selector;
  }

  /** The call data: the selector alone, since none takes an argument. */
  public String selector() {
    return selector;
  }
}
