/** The secrets scan: no API key string in any log, metric, topic, table or file of a run. */
package io.chainexplorer.reliability.secrets;
