/** Token transfers (ERC-20, ERC-721, ERC-1155) recognised in logs, decoded without web3j. */
package io.chainexplorer.enricher.tokens;
