// Sends one EIP-7702 set-code transaction from anvil's first dev account and prints
// {"hash": ..., "block": ...} once it is mined. Usage: node set-code.mjs <rpc url>
import { JsonRpcProvider, Wallet } from "ethers";

// anvil's first well-known dev key (public test mnemonic), never a real account
const DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

const provider = new JsonRpcProvider(process.argv[2], undefined, { staticNetwork: true });
const wallet = new Wallet(DEV_KEY, provider);
const nonce = await wallet.getNonce("pending");
const { chainId } = await provider.getNetwork();
// The authorization is applied after the nonce bump of the transaction itself.
const auth = await wallet.authorize({ address: "0x000000000000000000000000000000000000beef", nonce: nonce + 1, chainId });
const tx = await wallet.sendTransaction({ type: 4, to: wallet.address, authorizationList: [auth], gasLimit: 100000, nonce });
const receipt = await tx.wait();
console.log(JSON.stringify({ hash: tx.hash, block: receipt.blockNumber }));
