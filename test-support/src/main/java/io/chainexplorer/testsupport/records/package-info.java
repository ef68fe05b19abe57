/**
 * Typed records to and from the shared broker, as the apps' integration tests write and await them.
 */
package io.chainexplorer.testsupport.records;
