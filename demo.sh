#!/usr/bin/env bash
# The demo hall on this machine: the queue server (with its embedded Redis and MQTT broker and the
# browser consoles), the hall's main board, the screen above window 5 and the evaluator on its
# counter, a kiosk with simulated devices (the queue kiosk while the hall is open, the 24-hour
# terminal outside opening hours) and the 24-hour room's terminal with its simulated result
# locker. Arguments go to the queue server; the ports it is given (--server.port=9090 or
# SERVER_PORT=9090, --onewindow.mqtt.embedded-port, --onewindow.redis.port) move every device with
# it. KIOSK_MODE=queue keeps the hall kiosk a queue kiosk outside opening hours (auto, terminal).
set -euo pipefail
cd "$(dirname "$0")"
source demo/settings.sh
demo_settings "$@"
mvn -B -q -ntp package -DskipTests
mkdir -p data/demo
java -jar queue-server/server/target/onewindow-queue-server-0.1.0-SNAPSHOT-exec.jar \
    --onewindow.demo.appointment-codes-file=data/demo/appointment-codes.txt "$@" > data/server.log 2>&1 &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
echo "Queue server starting (log: data/server.log): API on $SERVER_URL, MQTT broker $MQTT_URL, Redis on port $REDIS_PORT_USED"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # Displays and kiosk need only the broker and wait for the server by themselves.
    java -jar hall-display/target/onewindow-hall-display.jar "${BOARD_CONFIG:-}" "${DISPLAY_ARGS[@]}" \
        voice.record-dir=data/announcements > data/board.log 2>&1 &
    pids+=($!)
    # Which screen each is, and the id and token it logs in to the broker with, win over
    # WINDOW_SCREEN_CONFIG, which both share.
    java -jar hall-display/target/onewindow-hall-display.jar "${WINDOW_SCREEN_CONFIG:-}" demo/window-5.properties \
        "${DISPLAY_ARGS[@]}" > data/window-5.log 2>&1 &
    pids+=($!)
    java -jar hall-display/target/onewindow-hall-display.jar "${WINDOW_SCREEN_CONFIG:-}" demo/evaluator-5.properties \
        "${EVALUATOR_ARGS[@]}" > data/evaluator-5.log 2>&1 &
    pids+=($!)
    echo "Main board (log: data/board.log; calls also kept in data/announcements), window 5's screen and evaluator started"
    echo "Consoles: $SERVER_URL/console/ (clerk05 / demo-clerk at window 5, manager / demo-manager)"
    java -jar kiosk/target/onewindow-kiosk.jar "${TERMINAL_CONFIG:-demo/terminal-1.properties}" "${TERMINAL_ARGS[@]}" \
        > data/terminal-1.log 2>&1 &
    pids+=($!)
    echo "24-hour terminal terminal-1 started (log: data/terminal-1.log; printed slips in data/terminal-1-slips)"
    if [ -n "${KIOSK_MODE:-}" ]; then
        echo "Kiosk kiosk-1 in $KIOSK_MODE mode (KIOSK_MODE)"
    else
        echo "Kiosk kiosk-1: outside opening hours a 24-hour terminal, where no ticket is taken (KIOSK_MODE=queue keeps it a queue kiosk)"
    fi
    # The kiosk's simulator panel swipes cards and scans codes.
    java -jar kiosk/target/onewindow-kiosk.jar "${KIOSK_CONFIG:-}" "${KIOSK_ARGS[@]}"
else
    echo "No display: the kiosk and boards need one (on a server, try: xvfb-run -a ./demo.sh)."
    echo "Serving the API and the consoles: $SERVER_URL/console/ (manager / demo-manager)"
    wait "${pids[0]}"
fi
