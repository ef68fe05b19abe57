package io.chainexplorer.decoder.security;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.DecodedValue;
import java.util.List;
import java.util.Set;

/**
 * What one decoded call or event of a security token counts as. Every standard the decoder
 * recognises is ERC-20 compatible, so issuances and redemptions are counted from the ERC-20 {@code
 * Transfer} from or to the zero address, never also from Issued/Redeemed (which would count them
 * twice); forced transfers are ERC-1644 controller events and ERC-3643 forced-transfer calls.
 */
public enum ActivityKind {
  TRANSFER,
  ISSUANCE,
  REDEMPTION,
  FORCED_TRANSFER,
  DOCUMENT_SET,
  /** Any other decoded activity: the token is active, no count moves. */
  OTHER;

  private static final String ZERO_ADDRESS = "\"0x0000000000000000000000000000000000000000\"";
  private static final String TRANSFER_EVENT = "Transfer(address,address,uint256)";
  private static final Set<String> FORCED_EVENTS =
      Set.of(
          "ControllerTransfer(address,address,address,uint256,bytes,bytes)",
          "ControllerRedemption(address,address,uint256,bytes,bytes)");
  private static final Set<String> FORCED_CALLS =
      Set.of(
          "forcedTransfer(address,address,uint256)",
          "batchForcedTransfer(address[],address[],uint256[])");
  private static final String DOCUMENT_UPDATED = "DocumentUpdated(bytes32,string,bytes32)";

  /** The kind of a decoded entry; {@code values} in ABI order. */
  public static ActivityKind of(AbiEntry entry, List<DecodedValue> values) {
    String signature = entry.signature();
    if (entry instanceof AbiFunction) {
      return FORCED_CALLS.contains(signature) ? FORCED_TRANSFER : OTHER;
    }
    if (signature.equals(TRANSFER_EVENT)) {
      return transfer(values);
    }
    if (FORCED_EVENTS.contains(signature)) {
      return FORCED_TRANSFER;
    }
    return signature.equals(DOCUMENT_UPDATED) ? DOCUMENT_SET : OTHER;
  }

  private static ActivityKind transfer(List<DecodedValue> values) {
    // an ERC-721 Transfer (tokenId indexed) has the same signature: not a fungible movement
    if (values.size() != 3 || values.get(2).indexed()) {
      return OTHER;
    }
    if (values.get(0).canonicalJson().equals(ZERO_ADDRESS)) {
      return ISSUANCE;
    }
    return values.get(1).canonicalJson().equals(ZERO_ADDRESS) ? REDEMPTION : TRANSFER;
  }
}
