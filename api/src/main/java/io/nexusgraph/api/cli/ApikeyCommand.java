package io.nexusgraph.api.cli;

import io.nexusgraph.api.apikeys.ApiKey;
import io.nexusgraph.api.apikeys.CreatedApiKey;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.apikeys.StandaloneApiKeys;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code nexus apikey create | list | revoke}: API keys, straight in the service's database. */
@Command(
    name = "apikey",
    mixinStandardHelpOptions = true,
    description = {
      "Creates, lists and revokes API keys. Works on the database directly: with the embedded"
          + " servers, run it while `nexus serve` is stopped (a running service offers the same"
          + " under /v1/apikeys to admin keys)."
    },
    subcommands = {
      ApikeyCommand.Create.class,
      ApikeyCommand.ListKeys.class,
      ApikeyCommand.Revoke.class
    })
final class ApikeyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the new key alone on stdout (for scripts) and what it is on stderr. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Creates a key and prints it once; only its hash is stored.")
  static final class Create implements Runnable {

    @Spec CommandSpec spec;
    @Inject StandaloneApiKeys keys;

    @Option(names = "--name", required = true, description = "who or what uses the key")
    String name;

    @Option(
        names = "--scopes",
        required = true,
        split = ",",
        converter = ScopeConverter.class,
        description =
            "read, write and/or admin, comma-separated (admin implies write implies read)")
    List<Scope> scopes;

    @Override
    public void run() {
      if (name.isBlank() || name.strip().length() > 200) {
        throw new ParameterException(spec.commandLine(), "--name must have 1 to 200 characters");
      }
      Set<Scope> chosen = EnumSet.copyOf(scopes);
      CreatedApiKey created = keys.apply(apiKeys -> apiKeys.create(name, chosen));
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "Created API key "
              + created.key().keyId()
              + " ("
              + created.key().name()
              + ") with scopes "
              + scopeList(created.key())
              + ". It is shown once; store it now:");
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      out.println(created.plainKey());
      out.flush();
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every key (never the secrets), revoked ones included.")
  static final class ListKeys implements Runnable {

    @Spec CommandSpec spec;
    @Inject StandaloneApiKeys keys;

    @Override
    public void run() {
      List<ApiKey> all = keys.apply(apiKeys -> apiKeys.list());
      PrintWriter out = spec.commandLine().getOut();
      String format = "%-16s  %-24s  %-16s  %-24s  %s%n";
      out.printf(format, "KEY ID", "NAME", "SCOPES", "CREATED", "REVOKED");
      for (ApiKey key : all) {
        out.printf(
            format,
            key.keyId(),
            key.name(),
            scopeList(key),
            key.createdAt(),
            key.revoked() ? key.revokedAt() : "-");
      }
      out.flush();
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revokes a key: requests with it are refused from now on.")
  static final class Revoke implements Callable<Integer> {

    static final int NO_SUCH_KEY = 1;

    @Spec CommandSpec spec;
    @Inject StandaloneApiKeys keys;

    @Parameters(paramLabel = "KEY_ID", description = "the key id, as `nexus apikey list` shows it")
    String keyId;

    @Override
    public Integer call() {
      Optional<ApiKey> revoked = keys.apply(apiKeys -> apiKeys.revoke(keyId));
      if (revoked.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("nexus: no API key " + keyId + "; `nexus apikey list` shows the keys.");
        return NO_SUCH_KEY;
      }
      spec.commandLine()
          .getOut()
          .println("Revoked API key " + keyId + " at " + revoked.get().revokedAt() + ".");
      return 0;
    }
  }

  static String scopeList(ApiKey key) {
    return key.scopes().stream().sorted().map(Scope::value).collect(Collectors.joining(","));
  }

  /** {@code read}, {@code write}, {@code admin}, any case. */
  static final class ScopeConverter implements ITypeConverter<Scope> {
    @Override
    public Scope convert(String value) {
      try {
        return Scope.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
