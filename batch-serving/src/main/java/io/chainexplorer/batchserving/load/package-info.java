/** Loads a batch run's views into the batch tables, skipping unchanged days, watermark last. */
package io.chainexplorer.batchserving.load;
