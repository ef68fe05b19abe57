/** Which batch table serves which view, and by which key. */
package io.chainexplorer.batchserving.view;
