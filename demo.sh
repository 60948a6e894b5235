#!/usr/bin/env bash
# Builds OneWindow and runs the demo hall: the queue server with an embedded Redis (port 6380,
# data in ./data) and an embedded MQTT broker (port 1884), serving http://localhost:8080.
# Needs only Java 17 and Maven. Stop it with Ctrl+C; a restart keeps every ticket.
set -euo pipefail
cd "$(dirname "$0")"

mvn -q -B -DskipTests package
exec java -jar queue-server/server/target/onewindow-queue-server-0.1.0-SNAPSHOT-exec.jar "$@"
