package org.sitrep.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Reads a Parquet file back as Avro records, as a consumer with parquet-avro would. */
public final class ParquetRows {
  private ParquetRows() {}

  public static List<GenericRecord> read(Path file) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
            .withDataModel(GenericData.get())
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new SnappyCodecs())
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** A nested field by its path, {@code "source.code"}; null where a level is null. */
  public static Object field(GenericRecord row, String path) {
    Object value = row;
    for (String name : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      value = ((GenericRecord) value).get(name);
    }
    return value == null ? null : value instanceof CharSequence ? value.toString() : value;
  }
}
