/** Follows the head of an EVM chain through JSON-RPC keys and publishes raw blocks exactly once. */
package io.chainexplorer.poller;
