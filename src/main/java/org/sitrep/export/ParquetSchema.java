package org.sitrep.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * The Parquet schemas of sitrep's outputs, one per kind of JSON line: the Avro schemas in this
 * package's {@code event.avsc}, {@code quote.avsc} and {@code problem.avsc}, whose fields are those
 * of {@link EventJson}, {@link QuoteJson} and {@link ProblemJson} (docs/parquet.md lists them).
 *
 * <pre>{@code ParquetSchema.EVENT.avro().getField("goldstein")}</pre>
 */
public enum ParquetSchema {
  EVENT("event.avsc"),
  QUOTE("quote.avsc"),
  PROBLEM("problem.avsc");

  private final Schema avro;

  ParquetSchema(String resource) {
    InputStream in = ParquetSchema.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (in) {
      this.avro = new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + resource, e);
    }
  }

  /** The schema as Avro writes it into Parquet. */
  public Schema avro() {
    return avro;
  }
}
