/** The batch layer's serving metrics, bound to a registry by a long-running process. */
package io.chainexplorer.batchserving.metrics;
