/** Topics written out as JSON lines once the pipeline has caught up: reproducible extraction. */
package io.chainexplorer.devstack.export;
