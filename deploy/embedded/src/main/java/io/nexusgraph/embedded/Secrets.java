package io.nexusgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Generated passwords kept in the data directory, readable by the owner only (mode 0600). */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** Returns the password stored in {@code file}, generating and storing one if there is none. */
  static String readOrCreate(Path file) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        create(file);
      }
      String password = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (password.isEmpty()) {
        throw new ServerStartException("The password file " + file + " is empty: delete it.");
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the password file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException raced) {
      // Another process created it first: use theirs.
    }
  }
}
