package org.sitrep.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's errors, those it answers before a request reaches the API (a request line or headers too
 * long, a malformed request, a path it will not serve, a declared body over the limit), in the
 * API's own shape: {@code {"error":"..."}} with the API's security headers, not Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final long maxBodyBytes;

  JsonErrorHandler(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
      status = http.getCode();
      response.setStatus(status);
      if (message == null) {
        message = http.getReason();
      }
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
    if (HttpStatus.hasNoBody(status)) {
      callback.succeeded();
      return true;
    }
    byte[] body =
        ApiJson.error(describe(status, message, request)).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private String describe(int status, @Nullable String message, Request request) {
    return switch (status) {
      case HttpStatus.PAYLOAD_TOO_LARGE_413 ->
          "request body too large: at most " + maxBodyBytes + " bytes";
      case HttpStatus.URI_TOO_LONG_414 ->
          "URL too long: the request line may hold at most " + headerLimit(request) + " bytes";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
          "request headers too large: at most " + headerLimit(request) + " bytes";
      case HttpStatus.REQUEST_TIMEOUT_408 -> "the request did not arrive in time";
      case HttpStatus.BAD_REQUEST_400 ->
          message == null || message.equals(HttpStatus.getMessage(status))
              ? "bad request: the request line, URL or headers are malformed or not allowed"
              : "bad request: " + message;
      default -> {
        String reason = HttpStatus.getMessage(status);
        yield message == null || message.equals(reason) ? reason : reason + ": " + message;
      }
    };
  }

  private static int headerLimit(Request request) {
    HttpConfiguration config = request.getConnectionMetaData().getHttpConfiguration();
    return config.getRequestHeaderSize();
  }
}
