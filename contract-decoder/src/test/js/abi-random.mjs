// Seeded random ABI types and values over the common types, with edge values, and ethers'
// values in the canonical JSON form of the Java decoder.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { ParamType, hexlify } = require("ethers");

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random, n) => Math.floor(random() * n);
const pick = (random, items) => items[int(random, items.length)];

function randomTypeText(random, depth) {
  const roll = random();
  if (depth < 3 && roll < 0.12) {
    const n = 1 + int(random, 3);
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(randomTypeText(random, depth + 1));
    return `(${parts.join(",")})`;
  }
  if (depth < 3 && roll < 0.27) {
    const inner = randomTypeText(random, depth + 1);
    return random() < 0.5 ? `${inner}[]` : `${inner}[${1 + int(random, 3)}]`;
  }
  return elementary(random);
}

function elementary(random) {
  switch (int(random, 8)) {
    case 0:
      return `uint${8 * (1 + int(random, 32))}`;
    case 1:
      return `int${8 * (1 + int(random, 32))}`;
    case 2:
      return "address";
    case 3:
      return "bool";
    case 4:
      return `bytes${1 + int(random, 32)}`;
    case 5:
      return "bytes";
    case 6:
      return "string";
    default:
      return pick(random, ["uint256", "address", "uint8", "int256", "bytes32"]);
  }
}

/** Between min and max-1 random parameter types, as ethers ParamTypes. */
export function randomSignature(random, min, max) {
  const n = min + int(random, max - min);
  const out = [];
  for (let i = 0; i < n; i++) out.push(ParamType.from(randomTypeText(random, 0)));
  return out;
}

function randomBytes(random, n) {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = int(random, 256);
  return bytes;
}

function randomBig(random, bits) {
  const bytes = randomBytes(random, Math.ceil(bits / 8));
  return BigInt(hexlify(bytes)) >> BigInt(Math.ceil(bits / 8) * 8 - int(random, bits + 1));
}

function intValue(random, type) {
  const signed = type.startsWith("int");
  const bits = Number(type.slice(signed ? 3 : 4));
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const roll = int(random, 8);
  if (roll === 0) return max;
  if (roll === 1) return min;
  if (roll === 2) return signed ? -1n : 1n;
  if (roll === 3) return 0n;
  const magnitude = randomBig(random, signed ? bits - 1 : bits);
  return signed && random() < 0.5 ? -magnitude - 1n : magnitude;
}

const STRINGS = ["", "a", "héllo wörld", "🦄 unicorn", 'quote " and \\ slash', "line\nbreak\t\u0001", "x".repeat(32), "y".repeat(33)];

function stringValue(random) {
  if (random() < 0.5) return pick(random, STRINGS);
  const chars = [];
  const n = int(random, 40);
  for (let i = 0; i < n; i++) chars.push(String.fromCodePoint(pick(random, [32 + int(random, 95), 0xe9, 0x4e2d, 0x1f600])));
  return chars.join("");
}

/** A random value of ethers ParamType p, edges included. */
export function randomValue(random, p) {
  if (p.baseType === "tuple") return p.components.map((c) => randomValue(random, c));
  if (p.baseType === "array") {
    const n = p.arrayLength >= 0 ? p.arrayLength : pick(random, [0, 1, 2, 3, int(random, 5)]);
    const out = [];
    for (let i = 0; i < n; i++) out.push(randomValue(random, p.arrayChildren));
    return out;
  }
  const t = p.type;
  if (t === "address") return hexlify(random() < 0.1 ? new Uint8Array(20).fill(pick(random, [0, 255])) : randomBytes(random, 20));
  if (t === "bool") return random() < 0.5;
  if (t === "string") return stringValue(random);
  if (t === "bytes") return hexlify(randomBytes(random, pick(random, [0, 1, 31, 32, 33, 64, int(random, 100)])));
  if (t.startsWith("bytes")) return hexlify(randomBytes(random, Number(t.slice(5))));
  return intValue(random, t);
}

/** ethers value of ParamType p in the Java decoder's canonical JSON form. */
export function canonical(p, v) {
  if (p.baseType === "tuple") return p.components.map((c, i) => canonical(c, v[i]));
  if (p.baseType === "array") return Array.from(v, (x) => canonical(p.arrayChildren, x));
  if (p.type === "address") return v.toLowerCase();
  if (p.type === "bool") return v;
  if (p.type === "string") return v;
  if (p.type.startsWith("bytes")) return hexlify(v);
  return BigInt(v).toString();
}
