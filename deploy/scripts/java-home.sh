# Sourced (POSIX sh) by ./nexus, ./mvnw and .ci/run: makes JAVA_HOME point at a JDK 25 or newer.
# Order: JAVA_HOME if it is one, then common install locations, then the javac on PATH.

nexus_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

nexus_is_jdk25() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  nexus_major=$(nexus_java_major "$1")
  [ -n "$nexus_major" ] && [ "$nexus_major" -ge 25 ]
}

if [ -z "${JAVA_HOME:-}" ] || ! nexus_is_jdk25 "$JAVA_HOME"; then
  nexus_found=
  for nexus_candidate in \
      /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* \
      /usr/lib/jvm/*25* /opt/java/*25* /opt/*jdk*25* "$HOME"/.sdkman/candidates/java/25* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home /usr/lib/jvm/*; do
    if nexus_is_jdk25 "$nexus_candidate"; then
      nexus_found=$nexus_candidate
      break
    fi
  done
  if [ -z "$nexus_found" ] && command -v javac >/dev/null 2>&1; then
    nexus_candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if nexus_is_jdk25 "$nexus_candidate"; then
      nexus_found=$nexus_candidate
    fi
  fi
  if [ -z "$nexus_found" ]; then
    echo "nexus: no JDK 25 found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm, /opt," \
      "~/.sdkman and on PATH). Install a JDK 25, e.g. Temurin 25, and set JAVA_HOME to it." >&2
    exit 1
  fi
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "nexus: JAVA_HOME=$JAVA_HOME is not a JDK 25; using $nexus_found" >&2
  fi
  JAVA_HOME=$nexus_found
fi
export JAVA_HOME
