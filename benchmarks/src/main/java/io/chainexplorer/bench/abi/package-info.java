/** Decode rate of the contract-decoder's ABI codec on a fixed set of calls and logs. */
package io.chainexplorer.bench.abi;
