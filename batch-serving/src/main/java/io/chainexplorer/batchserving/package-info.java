/**
 * The batch layer's serving side: loads the Spark job's views into batch tables of the hot store
 * and reconciles them with the speed layer; no Spark on this classpath.
 */
package io.chainexplorer.batchserving;
