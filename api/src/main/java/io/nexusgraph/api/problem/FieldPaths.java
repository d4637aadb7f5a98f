package io.nexusgraph.api.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a constraint violation's property path the way the caller sees the input: without the Java
 * method, without the name of a {@code @Body} argument, in snake_case ({@code
 * create.request.keyName} becomes {@code key_name}; {@code list.limit} becomes {@code limit}).
 */
final class FieldPaths {

  private FieldPaths() {}

  static String of(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      boolean bodyArgument = kind == ElementKind.PARAMETER && i < nodes.size() - 1;
      if (node.isInIterable()) {
        out.append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (bodyArgument || kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append('.');
      }
      out.append(snakeCase(node.getName()));
    }
    return out.toString();
  }

  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
