/** JMH benchmarks and end-to-end harnesses. */
package io.chainexplorer.bench;
