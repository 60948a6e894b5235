#!/usr/bin/env bash
# The demo hall on this machine: the queue server (with its embedded Redis and MQTT broker) and a
# kiosk with simulated devices beside it. Arguments go to the queue server.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -ntp package -DskipTests
mkdir -p data/demo
java -jar queue-server/server/target/onewindow-queue-server-0.1.0-SNAPSHOT-exec.jar \
    --onewindow.demo.appointment-codes-file=data/demo/appointment-codes.txt "$@" > data/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
echo "Queue server starting (log: data/server.log), API on http://127.0.0.1:8080, MQTT on 1884"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # The kiosk waits for the server by itself; its simulator panel swipes cards and scans codes.
    java -jar kiosk/target/onewindow-kiosk.jar "${KIOSK_CONFIG:-}"
else
    echo "No display: the kiosk needs one (on a server, try: xvfb-run ./demo.sh). Serving the API only."
    wait $server
fi
