package io.chainexplorer.decoder.abi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random ABI types, values and hostile mutations of their encodings, for fuzzing. */
final class RandomAbi {
  private final Random random;

  RandomAbi(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  List<AbiType> types(int max) {
    int n = random.nextInt(max + 1);
    List<AbiType> types = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      types.add(type(0));
    }
    return types;
  }

  AbiType type(int depth) {
    int roll = random.nextInt(100);
    if (depth < 3 && roll < 12) {
      List<AbiType> components = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        components.add(type(depth + 1));
      }
      return new AbiType.TupleType(components);
    }
    if (depth < 3 && roll < 30) {
      int length = random.nextBoolean() ? AbiType.ArrayType.DYNAMIC_LENGTH : 1 + random.nextInt(3);
      return new AbiType.ArrayType(type(depth + 1), length);
    }
    return elementary();
  }

  private AbiType elementary() {
    switch (random.nextInt(7)) {
      case 0:
        return new AbiType.IntType(8 * (1 + random.nextInt(32)), random.nextBoolean());
      case 1:
        return new AbiType.AddressType();
      case 2:
        return new AbiType.BoolType();
      case 3:
        return new AbiType.FixedBytesType(1 + random.nextInt(32));
      case 4:
        return new AbiType.BytesType();
      case 5:
        return new AbiType.StringType();
      default:
        return new AbiType.IntType(256, false);
    }
  }

  Object value(AbiType type) {
    if (type instanceof AbiType.IntType t) {
      BigInteger v = new BigInteger(t.bits() - (t.signed() ? 1 : 0), random);
      return t.signed() && random.nextBoolean() ? v.negate().subtract(BigInteger.ONE) : v;
    } else if (type instanceof AbiType.AddressType) {
      return Hex.encode(bytes(20));
    } else if (type instanceof AbiType.BoolType) {
      return random.nextBoolean();
    } else if (type instanceof AbiType.FixedBytesType t) {
      return bytes(t.size());
    } else if (type instanceof AbiType.BytesType) {
      return bytes(random.nextInt(70));
    } else if (type instanceof AbiType.StringType) {
      return "s\u00e9" + random.nextInt(1000);
    }
    return composite(type);
  }

  private List<Object> composite(AbiType type) {
    if (type instanceof AbiType.ArrayType t) {
      int n = t.dynamicLength() ? random.nextInt(4) : t.length();
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(value(t.element()));
      }
      return out;
    }
    List<Object> out = new ArrayList<>();
    for (AbiType component : ((AbiType.TupleType) type).components()) {
      out.add(value(component));
    }
    return out;
  }

  List<Object> values(List<AbiType> types) {
    List<Object> out = new ArrayList<>(types.size());
    types.forEach(t -> out.add(value(t)));
    return out;
  }

  byte[] bytes(int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }

  /** A hostile variant of a valid encoding: words overwritten, bits flipped, cut or extended. */
  byte[] mutate(byte[] valid) {
    byte[] data = valid.clone();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      data = mutateOnce(data);
    }
    return data;
  }

  private byte[] mutateOnce(byte[] data) {
    int roll = random.nextInt(5);
    if (data.length >= 32 && roll < 3) {
      int word = random.nextInt(data.length / 32) * 32;
      byte[] value = interestingWord(data.length);
      System.arraycopy(value, 0, data, word, 32);
      return data;
    }
    if (roll == 3 && data.length > 0) {
      data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
      return data;
    }
    int length = random.nextBoolean() ? random.nextInt(data.length + 1) : data.length + 32;
    byte[] resized = java.util.Arrays.copyOf(data, length);
    return resized;
  }

  private byte[] interestingWord(int dataLength) {
    long[] small = {0, 1, 31, 32, 33, 64, dataLength - 32L, dataLength, dataLength + 1L};
    BigInteger[] big = {
      BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE),
      BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE),
      BigInteger.ONE.shiftLeft(60),
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)
    };
    BigInteger value =
        random.nextInt(3) < 2
            ? BigInteger.valueOf(Math.max(0, small[random.nextInt(small.length)]))
            : big[random.nextInt(big.length)];
    byte[] raw = value.toByteArray();
    byte[] word = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, word, 32 - copy, copy);
    return word;
  }
}
