/**
 * ABI sources in order of trust (user ABI, proxy implementation, standards, selector database) and
 * the resolution of a call or a log to decoded, unknown or malformed.
 */
package io.chainexplorer.decoder.sources;
