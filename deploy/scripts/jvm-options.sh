# Sourced (POSIX sh) by ./nexus and bench/run: nexus_jvm_options FILE prints the JVM options of a
# deploy/jvm/*.options file on one line (one option per line there; `#` comments and blank lines
# skipped), as bench's ServiceJar.options reads the same files.
nexus_jvm_options() {
  grep -v '^[[:space:]]*\(#\|$\)' "$1" | tr '\n' ' '
}
