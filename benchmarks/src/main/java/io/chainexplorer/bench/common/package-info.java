/** Building blocks of the end-to-end harnesses: replicated mainnet blocks and timed runs. */
package io.chainexplorer.bench.common;
