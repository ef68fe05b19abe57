/** The selector database: text signatures for everything the standards do not cover. */
package io.chainexplorer.decoder.selectors;
