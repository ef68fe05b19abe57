/** The reliability suite: proof that every canonical block's data arrives once in every store. */
package io.chainexplorer.reliability;
