/**
 * Shared plumbing of every service: configuration loading and metrics exposition; no business
 * logic.
 */
package io.chainexplorer.platform;
