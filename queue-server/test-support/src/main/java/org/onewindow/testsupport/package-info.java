/**
 * What tests drive a running queue server with, in every module: its REST API called as staff,
 * as a device or as nobody ({@link org.onewindow.testsupport.HallRestDriver}). The contract itself
 * (org.onewindow.protocol) keeps only what devices call.
 */
package org.onewindow.testsupport;
