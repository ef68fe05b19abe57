/** The job runner: configuration, building the requested views, writing and hashing them. */
package io.chainexplorer.batch.job;
