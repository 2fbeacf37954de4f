/**
 * The benchmark harness behind {@code sitrep bench} and {@code sitrep bench-store}: synthetic
 * articles and queries, latency figures, the pipeline's time by stage. Prints figures; never
 * asserts a timing. Only the command line uses it.
 */
package org.sitrep.bench;
