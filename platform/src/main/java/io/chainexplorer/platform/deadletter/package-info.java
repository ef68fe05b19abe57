/** Dead letters sent back through the app that rejected them, exactly once. */
package io.chainexplorer.platform.deadletter;
