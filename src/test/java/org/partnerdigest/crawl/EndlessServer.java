package org.partnerdigest.crawl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server whose 200 never ends: after the headers it writes chunk after chunk
 * until the client hangs up, counting the body bytes that went onto the wire. Hand-written on a
 * plain socket because its send buffer must stay small and fixed (the JDK server's grows to MiBs),
 * so that what it counts is what the client read plus one receive buffer.
 */
final class EndlessServer implements AutoCloseable {

  /** Writes the body: the head once, then the block for ever. */
  interface Body {
    void writeTo(OutputStream wire) throws IOException;
  }

  private final ServerSocket socket;
  private final String contentEncoding;
  private final Body body;
  final AtomicLong sent = new AtomicLong();
  final CountDownLatch hungUp = new CountDownLatch(1);

  EndlessServer(String contentEncoding, Body body) {
    this.contentEncoding = contentEncoding;
    this.body = body;
    try {
      socket = new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().start(this::serve);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
  }

  private void serve() {
    try (Socket client = socket.accept()) {
      client.setSendBufferSize(8 * 1024);
      skipRequest(client.getInputStream());
      OutputStream out = client.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                  + (contentEncoding == null ? "" : "Content-Encoding: " + contentEncoding + "\r\n")
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      body.writeTo(chunked(out));
    } catch (IOException e) {
      hungUp.countDown(); // the write failed: the client closed the connection
    }
  }

  private static void skipRequest(InputStream in) throws IOException {
    int matched = 0; // of "\r\n\r\n"
    while (matched < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("client left before sending a request");
      }
      matched = c == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : c == '\r' ? 1 : 0;
    }
  }

  private OutputStream chunked(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return; // a zero-length chunk would end the body
        }
        out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b, off, len);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        sent.addAndGet(len);
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to release
    }
  }
}
