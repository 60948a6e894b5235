/** The processes a fault scenario runs on and strikes: Redis, the broker and queue server instances, each a child process. */
package org.onewindow.server.faults.processes;
