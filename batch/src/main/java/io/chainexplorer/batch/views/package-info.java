/** The batch views: each a pure function from the canonical inputs to one Dataset. */
package io.chainexplorer.batch.views;
