// Builds the golden fixture of real mainnet logs: keeps the logs of eth_getBlockReceipts whose
// topic0 and topic count match one of the events below, decodes them with ethers v6 and writes
// one JSON line per log (coordinates, event, topics, data, ethers' canonical values).
//
// usage: node golden-logs.mjs RECEIPTS_RESPONSE_JSON OUT_JSONL
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { canonical } from "./abi-random.mjs";

const require = createRequire(import.meta.url);
const { Interface } = require("ethers");

const EVENTS = [
  "event Transfer(address indexed from, address indexed to, uint256 value)",
  "event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)",
  "event Approval(address indexed owner, address indexed spender, uint256 value)",
  "event Deposit(address indexed dst, uint256 wad)",
  "event Withdrawal(address indexed src, uint256 wad)",
  "event Sync(uint112 reserve0, uint112 reserve1)",
  "event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)",
  "event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)",
];

const [receiptsFile, out] = process.argv.slice(2);
const receipts = JSON.parse(readFileSync(receiptsFile, "utf8")).result;
const fragments = EVENTS.map((text) => new Interface([text]).fragments[0]);
const lines = [];
for (const receipt of receipts) {
  for (const log of receipt.logs) {
    const fragment = fragments.find(
      (f) => log.topics[0] === f.topicHash && log.topics.length === 1 + f.inputs.filter((p) => p.indexed).length,
    );
    if (!fragment) continue;
    const iface = new Interface([fragment]);
    const decoded = iface.decodeEventLog(fragment, log.data, log.topics);
    const event = `${fragment.name}(${fragment.inputs.map((p) => `${p.type}${p.indexed ? " indexed" : ""}`).join(",")})`;
    lines.push(
      JSON.stringify({
        transactionHash: log.transactionHash,
        logIndex: Number(log.logIndex),
        event,
        topics: log.topics,
        data: log.data,
        expected: fragment.inputs.map((p, k) => canonical(p, decoded[k])),
      }),
    );
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`wrote ${lines.length} logs to ${out}`);
