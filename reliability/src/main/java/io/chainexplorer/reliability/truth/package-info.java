/**
 * The ground-truth checker: the chain as the node serves it, derived with the enricher's own
 * mapping, compared record by record with the topics, the hot tables and the cold store.
 */
package io.chainexplorer.reliability.truth;
