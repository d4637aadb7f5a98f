package io.nexusgraph.neo4jserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.Version;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs Neo4j Community with GDS and Browser for the Nexus Graph service, in a JVM of its own.
 *
 * <p>Protocol with the parent: one line {@code NEXUS-NEO4J READY version=...} on stdout once Bolt
 * and HTTP accept connections, or {@code NEXUS-NEO4J FAILED reason} and exit code 1. The server
 * stops when its standard input closes: the parent closes it to stop the server, and the operating
 * system closes it when the parent dies, so no orphan server outlives the service.
 */
public final class Neo4jServerMain {

  static final String READY = "NEXUS-NEO4J READY";
  static final String FAILED = "NEXUS-NEO4J FAILED";
  private static final String ALTER_PASSWORD =
      "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";

  private Neo4jServerMain() {}

  public static void main(String[] args) {
    ServerOptions options;
    String password;
    try {
      options = ServerOptions.parse(args);
      password = Files.readString(options.passwordFile(), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      System.out.println(FAILED + " bad arguments: " + e.getMessage());
      System.exit(1);
      return;
    }
    CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    int status = bootstrapper.start(options.home(), options.neo4jSettings());
    if (status != 0) {
      System.out.println(
          FAILED + " Neo4j exited with status " + status + ", see logs in " + options.home());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(bootstrapper::stop, "neo4j-stop"));
    try {
      if (!options.passwordApplied()) {
        applyPassword(bootstrapper.getDatabaseManagementService(), password);
      }
    } catch (RuntimeException e) {
      System.out.println(FAILED + " could not set the neo4j password: " + e.getMessage());
      bootstrapper.stop();
      System.exit(1);
      return;
    }
    System.out.println(READY + " version=" + Version.getNeo4jVersion());
    System.out.flush();
    waitForEndOfInput(System.in);
    bootstrapper.stop();
    System.exit(0);
  }

  /** The password file is authoritative: the first start replaces the default password with it. */
  private static void applyPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(ALTER_PASSWORD, Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input carries no commands; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone: stop just the same.
    }
  }
}
