package io.chainexplorer.devnet.abi;

import static io.chainexplorer.devnet.abi.Abi.address;
import static io.chainexplorer.devnet.abi.Abi.creation;
import static io.chainexplorer.devnet.abi.Abi.function;
import static io.chainexplorer.devnet.abi.Abi.string;
import static io.chainexplorer.devnet.abi.Abi.uint;
import static io.chainexplorer.devnet.abi.Abi.word;

import java.math.BigInteger;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.utils.Numeric;

/**
 * Creation code and calldata of the devnet's other contracts: the upgradeable counter behind its
 * EIP-1967 proxy, the flaky contract, the factory and its children.
 */
public final class ContractCalls {

  private ContractCalls() {}

  public static String tokenCreation(String bytecode, BigInteger initialSupply) {
    return creation(bytecode, uint(initialSupply));
  }

  public static String multiTokenCreation(String bytecode, int kinds, BigInteger supplyOfEach) {
    return creation(bytecode, uint(kinds), uint(supplyOfEach));
  }

  public static String securityTokenCreation(String bytecode, String name, String symbol) {
    return creation(bytecode, string(name), string(symbol));
  }

  public static String childCreation(String bytecode, long seed) {
    return creation(bytecode, uint(seed));
  }

  /** The proxy's creation code, delegating to {@code implementation} and running {@code init}. */
  public static String proxyCreation(String bytecode, String implementation, String init) {
    return creation(
        bytecode, address(implementation), new DynamicBytes(Numeric.hexStringToByteArray(init)));
  }

  public static String counterInitialize(String admin) {
    return function("initialize", address(admin));
  }

  public static String counterIncrement() {
    return function("increment");
  }

  /** Exists only in the second implementation: succeeds through the proxy only once upgraded. */
  public static String counterIncrementBy(long amount) {
    return function("incrementBy", uint(amount));
  }

  public static String version() {
    return function("version");
  }

  public static String upgradeToAndCall(String implementation) {
    return function("upgradeToAndCall", address(implementation), new DynamicBytes(new byte[0]));
  }

  /** Mode 0 succeeds, 1 reverts with a reason string, 2 and above with a custom error. */
  public static String flakyAttempt(int mode) {
    return function("attempt", uint(mode));
  }

  public static String factoryCreate(long seed) {
    return function("create", uint(seed));
  }

  public static String factoryCreateDeterministic(long seed, byte[] salt) {
    return function("createDeterministic", uint(seed), word(salt));
  }

  public static String childCreator() {
    return function("creator");
  }
}
