// What token view functions return, encoded by ethers v6, and what ethers reads back: the oracle
// of ReturnDecoderTest. Prints one JSON array of {kind, hex, expected}.
import { AbiCoder, encodeBytes32String, decodeBytes32String } from "ethers";

const coder = AbiCoder.defaultAbiCoder();
const texts = ["Maker", "Wrapped Ether", "", "USD₮0", "🦄 Uniswap", "x".repeat(200), "Dai Stablecoin"];
const cases = [];
for (const text of texts) {
  const hex = coder.encode(["string"], [text]);
  cases.push({ kind: "string", hex, expected: coder.decode(["string"], hex)[0] });
}
for (const text of ["MKR", "Maker", "SAI", "a".repeat(31)]) {
  const hex = encodeBytes32String(text);
  cases.push({ kind: "bytes32", hex, expected: decodeBytes32String(hex) });
}
for (const value of [0n, 1n, 18n, 10n ** 27n, 2n ** 256n - 1n]) {
  const hex = coder.encode(["uint256"], [value]);
  cases.push({ kind: "uint256", hex, expected: coder.decode(["uint256"], hex)[0].toString() });
}
for (const value of [0, 6, 8, 18, 255]) {
  const hex = coder.encode(["uint8"], [value]);
  cases.push({ kind: "uint8", hex, expected: coder.decode(["uint8"], hex)[0].toString() });
}
console.log(JSON.stringify(cases));
