package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.SourceUnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands configured paths into regular files, directories in name order, deterministically. */
public final class FileSet {
  private FileSet() {}

  public static List<Path> expand(List<Path> paths, List<String> extensions) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          children
              .filter(Files::isRegularFile)
              .filter(
                  c -> extensions.stream().anyMatch(e -> c.getFileName().toString().endsWith(e)))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new SourceUnreadableException(
              "cannot list directory " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new SourceUnreadableException(
            "no such file or directory: " + p + "; check the 'paths' setting", null);
      }
    }
    return out;
  }

  public static boolean isLines(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }
}
