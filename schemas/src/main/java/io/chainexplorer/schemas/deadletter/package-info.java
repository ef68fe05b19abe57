/**
 * The one dead-letter envelope shared by every stage: source coordinates, raw bytes, reason and
 * error class of a rejected record, and its key on the dead-letter topic.
 */
package io.chainexplorer.schemas.deadletter;
