// Differential oracle: generates random ABI signatures and values from a seed, encodes them with
// ethers v6 (calls and events), decodes them back with ethers and writes one JSON line per case
// with ethers' canonical values, for the Java decoder to match.
//
// usage: node abi-cases.mjs --seed N --calls N --events N --out FILE
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { canonical, randomSignature, randomValue, rng } from "./abi-random.mjs";

const require = createRequire(import.meta.url);
const { AbiCoder, Interface, id, keccak256 } = require("ethers");

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const seed = Number(args.seed ?? 1);
const calls = Number(args.calls ?? 100);
const events = Number(args.events ?? 100);
const random = rng(seed);
const coder = AbiCoder.defaultAbiCoder();
const lines = [];

function callCase(i) {
  const params = randomSignature(random, 1, 5);
  const signature = `f${i}(${params.map((p) => p.format("sighash")).join(",")})`;
  const values = params.map((p) => randomValue(random, p));
  const iface = new Interface([`function ${signature}`]);
  const fragment = iface.fragments[0];
  const calldata = iface.encodeFunctionData(fragment, values);
  const decoded = iface.decodeFunctionData(fragment, calldata);
  const expected = fragment.inputs.map((p, k) => canonical(p, decoded[k]));
  // The oracle checks itself: what ethers decodes is what was generated.
  const generated = params.map((p, k) => canonical(p, values[k]));
  if (JSON.stringify(expected) !== JSON.stringify(generated)) {
    throw new Error(`ethers round trip differs for ${signature}`);
  }
  return { signature, calldata, expected };
}

// ethers encodes no indexed tuple or array ("not implemented"): topics are built here, those two
// as keccak-256 of their standard encoding (the decoder passes every hashed topic through as is).
function encodeLog(fragment, values) {
  const topics = [fragment.topicHash];
  const dataTypes = [];
  const dataValues = [];
  fragment.inputs.forEach((p, k) => {
    const v = values[k];
    if (!p.indexed) {
      dataTypes.push(p);
      dataValues.push(v);
    } else if (p.type === "string") {
      topics.push(id(v));
    } else if (p.type === "bytes") {
      topics.push(keccak256(v));
    } else if (p.baseType === "tuple" || p.baseType === "array") {
      topics.push(keccak256(coder.encode([p], [v])));
    } else {
      topics.push(coder.encode([p], [v]));
    }
  });
  return { topics, data: coder.encode(dataTypes, dataValues) };
}

function eventCase(i) {
  const params = randomSignature(random, 1, 5);
  let indexedLeft = 3;
  const texts = params.map((p) => {
    const indexed = indexedLeft > 0 && random() < 0.5;
    if (indexed) indexedLeft--;
    return `${p.format("sighash")}${indexed ? " indexed" : ""} p${params.indexOf(p)}`;
  });
  const text = `E${i}(${texts.join(",")})`;
  const iface = new Interface([`event ${text}`]);
  const fragment = iface.fragments[0];
  const values = params.map((p) => randomValue(random, p));
  const { data, topics } = encodeLog(fragment, values);
  const decoded = iface.decodeEventLog(fragment, data, topics);
  const expected = fragment.inputs.map((p, k) =>
    p.indexed && decoded[k] && decoded[k]._isIndexed ? decoded[k].hash : canonical(p, decoded[k]),
  );
  return { event: text, topics, data, expected };
}

for (let i = 0; i < calls; i++) lines.push(JSON.stringify(callCase(i)));
for (let i = 0; i < events; i++) lines.push(JSON.stringify(eventCase(i)));
writeFileSync(args.out, lines.join("\n") + "\n");
console.log(`wrote ${calls} calls and ${events} events to ${args.out}`);
