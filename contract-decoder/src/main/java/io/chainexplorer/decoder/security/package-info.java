/**
 * Security tokens (ERC-1400 family, ERC-1404, ERC-3643) recognised by the members they use, and
 * their activity per standard and hour of block time.
 */
package io.chainexplorer.decoder.security;
