/** The batch layer: Spark views over the committed, canonical data of the cold store. */
package io.chainexplorer.batch;
