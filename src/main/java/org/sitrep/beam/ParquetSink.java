package org.sitrep.beam;

import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.ParquetLines;
import org.sitrep.export.ParquetSchema;

/**
 * Writes a shard of JSON lines as one Parquet file of {@code schema}, through export's writer, so
 * {@code sitrep batch} and {@code sitrep events --format parquet} write the same columns.
 */
final class ParquetSink implements FileIO.Sink<String> {
  private static final long serialVersionUID = 1L;

  private final ParquetSchema schema;
  private transient @Nullable ParquetLines parquet;

  ParquetSink(ParquetSchema schema) {
    this.schema = schema;
  }

  @Override
  public void open(WritableByteChannel channel) {
    parquet = new ParquetLines(schema, Channels.newOutputStream(channel));
  }

  @Override
  public void write(String line) {
    Objects.requireNonNull(parquet, "opened").write(line);
  }

  @Override
  public void flush() {
    Objects.requireNonNull(parquet, "opened").close();
  }
}
