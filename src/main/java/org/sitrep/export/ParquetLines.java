package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes sitrep's JSON lines (events, quotes, problems) as one Snappy-compressed Parquet file of
 * {@link ParquetSchema}, readable by pandas/pyarrow, DuckDB and Spark. The stream stays open after
 * {@link #close()}, which writes the footer.
 *
 * <pre>{@code try (ParquetLines parquet = new ParquetLines(ParquetSchema.EVENT, out)) {
 *   parquet.write(EventJson.line(event));
 * }}</pre>
 */
public final class ParquetLines implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ParquetSchema schema;
  private final ParquetWriter<GenericRecord> writer;

  public ParquetLines(ParquetSchema schema, OutputStream out) {
    this.schema = schema;
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    // three-level lists, the layout pyarrow, DuckDB and Spark expect for arrays
    conf.set("parquet.avro.write-old-list-structure", "false");
    try {
      this.writer =
          AvroParquetWriter.<GenericRecord>builder(new StreamOutputFile(out))
              .withSchema(schema.avro())
              .withDataModel(GenericData.get())
              .withConf(conf)
              .withCodecFactory(new SnappyCodecs())
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a Parquet file of " + schema, e);
    }
  }

  /** Adds one JSON line of this file's kind. */
  public void write(String jsonLine) {
    try {
      writer.write(JsonToAvro.record(schema.avro(), MAPPER.readTree(jsonLine)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON line: " + jsonLine, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Parquet", e);
    }
  }

  /** Writes the footer; the stream is left open. */
  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish a Parquet file of " + schema, e);
    }
  }
}
