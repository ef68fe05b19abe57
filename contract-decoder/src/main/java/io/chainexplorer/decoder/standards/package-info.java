/**
 * The built-in catalogue of standards (tokens, WETH, Multicall3, Uniswap, security tokens) as text
 * signatures written from the EIPs, and which members recognise a security token.
 */
package io.chainexplorer.decoder.standards;
