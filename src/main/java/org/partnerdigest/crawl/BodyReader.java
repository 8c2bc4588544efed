package org.partnerdigest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a response body (gzip; deflate as zlib or raw, since servers send both) and stops the
 * moment a cap is passed: on the bytes read from the wire (an endless stream that decodes to
 * nothing) and on the decoded bytes (a small gzip bomb cannot fill memory).
 */
final class BodyReader {

  /** The body, raw or decoded, would exceed the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("too large");
    }
  }

  /** The fetch ran past its deadline between two reads. */
  static final class DeadlineException extends IOException {
    DeadlineException() {
      super("deadline");
    }
  }

  private BodyReader() {}

  static byte[] read(
      InputStream raw, String contentEncoding, long maxBytes, BooleanSupplier pastDeadline)
      throws IOException {
    List<Inflater> inflaters = new ArrayList<>();
    try {
      InputStream in = decoded(new Capped(raw, maxBytes), contentEncoding, inflaters);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (pastDeadline.getAsBoolean()) {
          throw new DeadlineException();
        }
        total += n;
        if (total > maxBytes) {
          throw new TooLargeException();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      inflaters.forEach(Inflater::end);
    }
  }

  /** Counts the raw bytes: an inflater may read them for ever without producing one byte. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private long count;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws TooLargeException {
      count += n;
      if (count > max) {
        throw new TooLargeException();
      }
    }
  }

  private static InputStream decoded(InputStream raw, String header, List<Inflater> inflaters)
      throws IOException {
    InputStream in = raw;
    if (header == null) {
      return in;
    }
    String[] codings = header.toLowerCase(Locale.ROOT).split(",");
    // Codings are listed in the order applied, so undo them from the last.
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].strip();
      switch (coding) {
        case "", "identity" -> {}
        case "gzip", "x-gzip" -> in = new GZIPInputStream(in, 8192);
        case "deflate" -> in = inflating(in, inflaters);
        default -> throw new IOException("unsupported Content-Encoding " + coding);
      }
    }
    return in;
  }

  /** RFC 9110 deflate is zlib, but many servers send raw deflate; the header tells them apart. */
  private static InputStream inflating(InputStream in, List<Inflater> inflaters)
      throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] head = peek.readNBytes(2);
    peek.unread(head);
    boolean zlib =
        head.length == 2
            && (head[0] & 0x0f) == 8
            && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    inflaters.add(inflater);
    return new InflaterInputStream(peek, inflater, 8192);
  }
}
