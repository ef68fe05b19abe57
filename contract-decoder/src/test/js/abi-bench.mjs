// ethers v6 side of the ABI decode benchmark: decodes the same fixed cases as the JMH benchmark
// (written by io.chainexplorer.bench.abi.AbiBenchCases) in the same loop, after a warm-up, and
// prints decodes per second for each measurement round.
//
// usage: node abi-bench.mjs CASES_JSONL [rounds=5] [seconds=2]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { Interface } = require("ethers");

const [file, roundsArg, secondsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const seconds = Number(secondsArg ?? 2);
const cases = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .map((c) => {
    const iface = new Interface([c.signature ? `function ${c.signature}` : `event ${c.event}`]);
    const fragment = iface.fragments[0];
    return c.signature
      ? () => iface.decodeFunctionData(fragment, c.calldata)
      : () => iface.decodeEventLog(fragment, c.data, c.topics);
  });

let sink = 0;
function decodeAll() {
  for (const decode of cases) sink += decode().length;
}

function round(ms) {
  const end = performance.now() + ms;
  let ops = 0;
  while (performance.now() < end) {
    decodeAll();
    ops++;
  }
  return ops;
}

for (let i = 0; i < 3; i++) round(seconds * 1000);
const rates = [];
for (let i = 0; i < rounds; i++) rates.push((round(seconds * 1000) * cases.length) / seconds);
console.log(
  JSON.stringify({ ethers: require("ethers").version, node: process.version, cases: cases.length, decodesPerSecond: rates.map(Math.round), sink }),
);
