/**
 * Connect records to hot-table rows: the entity comes from the schema name, every block-derived row
 * carries its block hash so that a retraction can delete exactly what its record wrote.
 */
package io.chainexplorer.sink.scylla.mapping;
