/**
 * The command-line modes of the jar ({@code java -jar agora.jar <command> ...}): they run
 * offline on the same store and configuration as the server, print progress and results,
 * and exit with a status (0 success, 1 the data was rejected, 2 usage or environment
 * error).
 * <p>
 * Commands only parse arguments and print; the work is done by the feature packages.
 */
package org.w3id.agora.cli;
