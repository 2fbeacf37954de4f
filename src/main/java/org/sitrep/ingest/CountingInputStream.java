package org.sitrep.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes of a file were read so far, so that a long read can show its progress. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer bytesRead;
  private long count;

  CountingInputStream(InputStream in, LongConsumer bytesRead) {
    super(in);
    this.bytesRead = bytesRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      bytesRead.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      bytesRead.accept(count);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    bytesRead.accept(count);
    return skipped;
  }
}
