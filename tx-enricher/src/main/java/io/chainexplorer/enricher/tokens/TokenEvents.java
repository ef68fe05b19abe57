package io.chainexplorer.enricher.tokens;

/** topic0 of the token events we recognise: keccak256 of their canonical signatures. */
public final class TokenEvents {

  /** {@code Transfer(address,address,uint256)}, shared by ERC-20 and ERC-721. */
  public static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  /** ERC-1155 {@code TransferSingle(address,address,address,uint256,uint256)}. */
  public static final String TRANSFER_SINGLE =
      "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62";

  /** ERC-1155 {@code TransferBatch(address,address,address,uint256[],uint256[])}. */
  public static final String TRANSFER_BATCH =
      "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb";

  private TokenEvents() {}
}
