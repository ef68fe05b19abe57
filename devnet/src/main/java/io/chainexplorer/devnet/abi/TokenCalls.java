package io.chainexplorer.devnet.abi;

import static io.chainexplorer.devnet.abi.Abi.address;
import static io.chainexplorer.devnet.abi.Abi.bytes;
import static io.chainexplorer.devnet.abi.Abi.function;
import static io.chainexplorer.devnet.abi.Abi.string;
import static io.chainexplorer.devnet.abi.Abi.uint;
import static io.chainexplorer.devnet.abi.Abi.word;

import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Calldata of the token calls the generator makes: ERC-20, ERC-721, ERC-1155 and the ERC-1400
 * family (partitions are short texts stored as bytes32).
 */
public final class TokenCalls {

  private static final byte[] NO_DATA = new byte[0];

  private TokenCalls() {}

  public static String erc20Transfer(String to, BigInteger value) {
    return function("transfer", address(to), uint(value));
  }

  public static String erc721Mint(String to) {
    return function("mint", address(to));
  }

  public static String erc721SafeTransferFrom(String from, String to, long tokenId) {
    return function("safeTransferFrom", address(from), address(to), uint(tokenId));
  }

  public static String erc1155SafeTransferFrom(String from, String to, long id, BigInteger value) {
    return function(
        "safeTransferFrom", address(from), address(to), uint(id), uint(value), bytes(NO_DATA));
  }

  public static String erc1155SafeBatchTransferFrom(
      String from, String to, List<Long> ids, List<BigInteger> values) {
    return function(
        "safeBatchTransferFrom",
        address(from),
        address(to),
        new DynamicArray<>(Uint256.class, ids.stream().map(Abi::uint).toList()),
        new DynamicArray<>(Uint256.class, values.stream().map(Abi::uint).toList()),
        bytes(NO_DATA));
  }

  public static String issueByPartition(
      String partition, String holder, BigInteger value, byte[] data) {
    return function(
        "issueByPartition",
        word(Abi.bytes32(partition)),
        address(holder),
        uint(value),
        bytes(data));
  }

  public static String transferByPartition(
      String partition, String to, BigInteger value, byte[] data) {
    return function(
        "transferByPartition", word(Abi.bytes32(partition)), address(to), uint(value), bytes(data));
  }

  public static String redeemByPartition(String partition, BigInteger value, byte[] data) {
    return function("redeemByPartition", word(Abi.bytes32(partition)), uint(value), bytes(data));
  }

  public static String issue(String holder, BigInteger value, byte[] data) {
    return function("issue", address(holder), uint(value), bytes(data));
  }

  public static String redeem(BigInteger value, byte[] data) {
    return function("redeem", uint(value), bytes(data));
  }

  public static String controllerTransfer(
      String from, String to, BigInteger value, byte[] data, byte[] operatorData) {
    return function(
        "controllerTransfer",
        address(from),
        address(to),
        uint(value),
        bytes(data),
        bytes(operatorData));
  }

  public static String controllerRedeem(
      String holder, BigInteger value, byte[] data, byte[] operatorData) {
    return function(
        "controllerRedeem", address(holder), uint(value), bytes(data), bytes(operatorData));
  }

  public static String setDocument(String name, String uri, byte[] documentHash) {
    return function("setDocument", word(Abi.bytes32(name)), string(uri), word(documentHash));
  }
}
