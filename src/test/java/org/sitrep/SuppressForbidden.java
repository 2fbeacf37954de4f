package org.sitrep;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a test class an API forbiddenapis refuses, saying why: the JDK's {@code
 * com.sun.net.httpserver} server, a real HTTP server for the watcher's tests without a dependency.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SuppressForbidden {
  /** Why the forbidden API is needed here. */
  String value();
}
