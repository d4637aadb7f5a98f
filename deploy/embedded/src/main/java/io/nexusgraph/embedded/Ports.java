package io.nexusgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks, so a busy port is a clear message rather than a server's stack trace. */
final class Ports {

  private Ports() {}

  /** The given port, or a free loopback port when it is 0. */
  static int orFree(int port) {
    if (port != 0) {
      return port;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void requireFree(String server, int port, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
    } catch (IOException e) {
      throw new ServerStartException(
          server
              + ": port 127.0.0.1:"
              + port
              + " is in use: stop what uses it or choose another port with "
              + setting
              + ".");
    }
  }
}
