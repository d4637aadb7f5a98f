package io.nexusgraph.graph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code .cypher} file of the {@code cypher/} folder, loaded from the classpath by name (for
 * example {@code schema/001-identity-constraints}). The same files can be pasted into Neo4j
 * Browser. Statements end with a {@code ;} at the end of a line; lines starting with {@code //} are
 * comments. Values are always parameters ({@code $name}), never part of the text.
 *
 * @param name the path below {@code cypher/} without the extension
 * @param statements the statements, in file order, without the trailing {@code ;}
 */
public record CypherFile(String name, List<String> statements) {

  private static final String ROOT = "cypher/";
  private static final String EXTENSION = ".cypher";

  public CypherFile {
    statements = List.copyOf(statements);
  }

  /** Loads {@code cypher/<name>.cypher}. */
  public static CypherFile load(String name) {
    String resource = ROOT + name + EXTENSION;
    try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cypher file " + resource + " is not on the classpath");
      }
      return new CypherFile(name, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Loads every file of {@code cypher/<folder>/}, sorted by file name. */
  public static List<CypherFile> loadFolder(String folder) {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(folderPath(ROOT + folder))) {
      files
          .map(path -> path.getFileName().toString())
          .filter(file -> file.endsWith(EXTENSION))
          .sorted()
          .forEach(
              file ->
                  names.add(folder + "/" + file.substring(0, file.length() - EXTENSION.length())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + ROOT + folder, e);
    }
    return names.stream().map(CypherFile::load).toList();
  }

  /** The file's only statement; fails if it holds more than one. */
  public String single() {
    if (statements.size() != 1) {
      throw new IllegalStateException(
          "cypher/" + name + EXTENSION + " holds " + statements.size() + " statements, expected 1");
    }
    return statements.getFirst();
  }

  static List<String> split(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.isEmpty()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static Path folderPath(String resource) throws IOException {
    URL url = CypherFile.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Cypher folder " + resource + " is not on the classpath");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      return jar.getPath("/" + resource);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }
}
