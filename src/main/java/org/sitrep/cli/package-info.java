/**
 * The {@code sitrep} command line (picocli): thin commands that read options, call the stages and
 * print. stdout is for data, stderr for people; exit codes 0 all good, 1 some input failed, 2 usage
 * or configuration error. Nothing else may depend on it.
 */
package org.sitrep.cli;
