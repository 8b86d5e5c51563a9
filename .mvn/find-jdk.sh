# Finds a JDK 25 or newer for mvnw and ./pyj, so nobody has to export JAVA_HOME by hand.
# Sourced, not executed: on success it sets PYJ_JAVA_HOME; on failure it prints one line and returns 1.
# Order: $JAVA_HOME, then every JDK under /usr/lib/jvm (newest first), then the `java` on PATH.

__pyj_jdk_feature() {
  # Prints the feature release (25, 26, ...) of the JDK at $1, or nothing if it is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

__pyj_jdk_ok() {
  __v=$(__pyj_jdk_feature "$1") && [ -n "$__v" ] && [ "$__v" -ge 25 ]
}

pyj_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && __pyj_jdk_ok "$JAVA_HOME"; then
    PYJ_JAVA_HOME=$JAVA_HOME; return 0
  fi
  for __d in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* 2>/dev/null | sort -rV); do
    if __pyj_jdk_ok "$__d"; then PYJ_JAVA_HOME=$__d; return 0; fi
  done
  __j=$(command -v java 2>/dev/null) && __d=$(dirname "$(dirname "$(readlink -f "$__j")")") &&
    __pyj_jdk_ok "$__d" && { PYJ_JAVA_HOME=$__d; return 0; }
  echo "pyj: no JDK 25 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/*, and java on PATH); install one or set JAVA_HOME to it" >&2
  return 1
}
