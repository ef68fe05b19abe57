/**
 * Reconciliation of the batch views with the speed layer's hot tables, for the days both cover:
 * every difference named by view, day, key and column.
 */
package io.chainexplorer.batchserving.reconcile;
