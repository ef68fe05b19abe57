/**
 * End-to-end benchmark of the whole embedded pipeline on anvil: node-to-hot-store latency,
 * sustained transactions per second, resident memory per service and the poller's calls per block.
 */
package io.chainexplorer.bench.e2e;
