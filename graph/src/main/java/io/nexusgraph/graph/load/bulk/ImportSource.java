package io.nexusgraph.graph.load.bulk;

import java.nio.file.Path;

/**
 * One written input of the importer: a node file with its labels, or a relationship file with its
 * type.
 *
 * @param nodes whether it holds nodes ({@code --nodes}) rather than relationships
 * @param labelsOrType the labels joined by {@code :} (nodes), or the relationship type
 * @param file the CSV file, header on the first line
 * @param rows data rows written
 * @param multiline whether some value spans lines
 */
record ImportSource(boolean nodes, String labelsOrType, Path file, long rows, boolean multiline) {

  /** The importer's argument for this input. */
  String argument() {
    return (nodes ? "--nodes=" : "--relationships=") + labelsOrType + "=" + file;
  }
}
