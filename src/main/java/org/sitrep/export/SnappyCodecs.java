package org.sitrep.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Snappy pages without Hadoop: Parquet's own codec factory loads Hadoop's codec classes, and
 * Hadoop's client jars would more than double the jar for this one call. Parquet's SNAPPY pages are
 * raw Snappy blocks, which snappy-java writes and reads directly.
 */
final class SnappyCodecs implements CompressionCodecFactory {

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    requireSnappy(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return BytesInput.from(Snappy.compress(bytes.toByteArray()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.SNAPPY;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    requireSnappy(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        byte[] out = new byte[uncompressedSize];
        Snappy.uncompress(bytes.toByteArray(), 0, (int) bytes.size(), out, 0);
        return BytesInput.from(out);
      }

      @Override
      public void decompress(ByteBuffer in, int compressedSize, ByteBuffer out, int size)
          throws IOException {
        byte[] compressed = new byte[compressedSize];
        in.get(compressed);
        out.put(Snappy.uncompress(compressed));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private static void requireSnappy(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY) {
      throw new IllegalArgumentException("only SNAPPY is built in: " + codec);
    }
  }
}
