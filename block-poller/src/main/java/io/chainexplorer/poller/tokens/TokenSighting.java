package io.chainexplorer.poller.tokens;

import java.util.Objects;

/**
 * A token contract met in a block and why its metadata is read.
 *
 * @param address lowercase 0x-hex
 * @param standard ERC20, ERC721 or ERC1155, from the event it was seen by
 * @param trigger {@link #FIRST_SEEN} or {@link #UPGRADED}
 */
public record TokenSighting(String address, String standard, String trigger) {

  public static final String FIRST_SEEN = "first-seen";
  public static final String UPGRADED = "upgraded";

  public TokenSighting {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(trigger, "trigger");
  }

  /** This sighting read again because its proxy was upgraded. */
  public TokenSighting upgraded() {
    return new TokenSighting(address, standard, UPGRADED);
  }
}
