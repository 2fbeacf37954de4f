package org.sitrep.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 by hand over a socket, for what a well-behaved client cannot send: malformed request
 * lines, a Content-Length that lies, a request from another local address.
 */
final class RawHttp {
  /** Only a guard against a hang: no test here depends on how long an answer takes. */
  private static final int READ_TIMEOUT_MS = 60_000;

  private RawHttp() {}

  /** One answer: status, headers (names in lower case) and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  /** Sends {@code request} as it is from 127.0.0.1 and reads the answer. */
  static Answer send(int port, String request) throws IOException {
    return send(port, InetAddress.getLoopbackAddress(), request);
  }

  /** Sends {@code request} from the local address {@code from} and reads the answer. */
  static Answer send(int port, InetAddress from, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      socket.setSoTimeout(READ_TIMEOUT_MS);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Answer(
        Integer.parseInt(statusLine.split(" ")[1]),
        headers,
        new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed mid-answer: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
