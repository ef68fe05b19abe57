package io.chainexplorer.devnet.abi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** ABI encoding shared by the call builders, and the few decodings the generator needs. */
public final class Abi {

  private Abi() {}

  /** The topic0 of an event, e.g. {@code Transfer(address,address,uint256)}. */
  public static String topic0(String eventSignature) {
    return Hash.sha3String(eventSignature);
  }

  /** A 32-byte word holding {@code address} right-aligned, as indexed address topics are. */
  public static String addressTopic(String address) {
    return Numeric.toHexStringWithPrefixZeroPadded(Numeric.toBigInt(address), 64);
  }

  /** The address in the last 20 bytes of a 32-byte word (an indexed topic or a return value). */
  public static String addressFromWord(String word) {
    String hex = Numeric.cleanHexPrefix(word);
    return "0x" + hex.substring(hex.length() - 40);
  }

  /** The {@code index}-th 32-byte word of ABI-encoded {@code data} as an unsigned integer. */
  public static BigInteger uint256Word(String data, int index) {
    String hex = Numeric.cleanHexPrefix(data);
    return new BigInteger(hex.substring(index * 64, (index + 1) * 64), 16);
  }

  /** Short text as a right-padded bytes32, the way Solidity stores string literals in bytes32. */
  public static byte[] bytes32(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 32) {
      throw new IllegalArgumentException("more than 32 bytes: " + text);
    }
    return Arrays.copyOf(utf8, 32);
  }

  static String function(String name, Type<?>... arguments) {
    return FunctionEncoder.encode(new Function(name, List.of(arguments), List.of()));
  }

  /** Creation code: {@code bytecode} followed by the encoded constructor arguments. */
  static String creation(String bytecode, Type<?>... arguments) {
    return bytecode + FunctionEncoder.encodeConstructor(List.of(arguments));
  }

  static Address address(String address) {
    return new Address(address);
  }

  static Uint256 uint(BigInteger value) {
    return new Uint256(value);
  }

  static Uint256 uint(long value) {
    return new Uint256(value);
  }

  static Bytes32 word(byte[] bytes) {
    return new Bytes32(bytes);
  }

  static DynamicBytes bytes(byte[] bytes) {
    return new DynamicBytes(bytes);
  }

  static Utf8String string(String text) {
    return new Utf8String(text);
  }
}
