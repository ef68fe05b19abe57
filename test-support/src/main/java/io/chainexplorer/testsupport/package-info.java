/** JUnit 5 extensions that boot the real infrastructure once per test JVM. */
package io.chainexplorer.testsupport;
