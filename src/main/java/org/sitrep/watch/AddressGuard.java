package org.sitrep.watch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a feed must not steer sitrep to: any scheme but http and https, and any host that
 * resolves to a loopback, private (site-local, unique-local, carrier-grade NAT), link-local,
 * multicast or unspecified address, unless private addresses are allowed. Every address a name
 * resolves to must pass, so a name with one public and one private record is refused.
 *
 * <pre>
 * {@code new AddressGuard(false, InetAddress::getAllByName).check(URI.create("http://10.0.0.1/"));
 * // FetchException: http://10.0.0.1/: refused: 10.0.0.1 is a private address}</pre>
 */
final class AddressGuard {
  /** Name resolution, a parameter so tests can make a name resolve anywhere. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  AddressGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** Passes a URL that may be asked for; throws a lasting {@link FetchException} saying why not. */
  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          uri + ": refused: only http and https URLs are fetched, not '" + scheme + "'", true);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(uri + ": refused: no host in the URL", true);
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(stripBrackets(host));
    } catch (UnknownHostException e) {
      throw new FetchException(uri + ": unknown host " + host, false);
    }
    for (InetAddress address : addresses) {
      String kind = privateKind(address);
      if (!kind.isEmpty()) {
        throw new FetchException(
            uri
                + ": refused: "
                + host
                + (host.equals(address.getHostAddress())
                    ? ""
                    : " resolves to " + address.getHostAddress() + ", which")
                + " is a "
                + kind
                + " address (give --allow-private to watch feeds on your own network)",
            true);
      }
    }
  }

  /** What kind of non-public address this is, or empty for a public one. */
  static String privateKind(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress()) {
      return "private";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc ? "private (unique-local)" : "";
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240) {
      // 0/8 "this network", 100.64/10 carrier-grade NAT, 240/4 reserved and broadcast
      return "private";
    }
    return "";
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
