/** Resetting the enricher so that a restart rebuilds every derived topic from the raw topics. */
package io.chainexplorer.enricher.reprocess;
