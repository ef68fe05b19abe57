/** Exact uint256 arithmetic over the cold store's decimal(78,0) columns, read as bytes. */
package io.chainexplorer.batch.uint256;
