/**
 * {@code sitrep batch} on Apache Beam: the same article coder run by a distributed engine (the
 * DirectRunner in one JVM, Spark or Flink on a cluster), writing JSON lines and Parquet. Beam lives
 * only here; the readers are ingest's, the coder the pipeline's, the records export's.
 */
package org.sitrep.beam;
