/** The CQL side: the driver session and the batch tables' schema. */
package io.chainexplorer.batchserving.cql;
