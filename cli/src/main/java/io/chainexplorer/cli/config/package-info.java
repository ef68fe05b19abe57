/** Commands that load, show and document the apps' configuration. */
package io.chainexplorer.cli.config;
