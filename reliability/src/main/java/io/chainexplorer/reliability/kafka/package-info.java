/** Reading whole topics, as the checker and the secrets scan need them. */
package io.chainexplorer.reliability.kafka;
