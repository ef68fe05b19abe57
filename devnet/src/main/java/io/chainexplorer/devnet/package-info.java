/**
 * The devnet traffic generator: real contracts compiled from Solidity by the build, deployed on a
 * local node and exercised by a steady, configurable mix of transactions.
 */
package io.chainexplorer.devnet;
