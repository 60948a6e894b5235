# Sourced by demo.sh; bash. demo_settings reads the queue server's arguments and environment as
# the server reads them (a --name=value argument wins over the environment variable, the last
# argument wins) and tells every device of the demo where the server and its broker are, so that
# moving a port moves them all. It sets:
#   SERVER_PORT_USED, SERVER_URL, MQTT_URL, REDIS_PORT_USED
#   KIOSK_ARGS      the hall kiosk's settings (with kiosk.mode=$KIOSK_MODE when KIOSK_MODE is set)
#   TERMINAL_ARGS   the 24-hour room's terminal (always a terminal)
#   DISPLAY_ARGS    the main board and the window screen
#   EVALUATOR_ARGS  the window's evaluator, whose rating QR code opens the server
# What the devices could not follow is refused with a message and status 2.

# server_setting NAME DEFAULT [ENVIRONMENT_VARIABLE...] -- SERVER_ARGUMENTS...
server_setting() {
    local name=$1 default=$2 value="" found="" arg var
    shift 2
    local variables=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
        variables+=("$1")
        shift
    done
    shift
    for arg in "$@"; do
        case "$arg" in
            --"$name"=*) value=${arg#--"$name"=}; found=1 ;;
        esac
    done
    if [ -z "$found" ]; then
        for var in "${variables[@]}"; do
            if [ -n "${!var+set}" ]; then
                value=${!var}
                found=1
                break
            fi
        done
    fi
    if [ -n "$found" ]; then
        printf '%s' "$value"
    else
        printf '%s' "$default"
    fi
}

# demo_port NAME VALUE: VALUE if it is a port the devices can be told.
demo_port() {
    if [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge 1 ] && [ "$2" -le 65535 ]; then
        printf '%s' "$2"
    else
        echo "demo.sh: $1 must be a port from 1 to 65535 (the demo's devices are told it), was \"$2\"" >&2
        return 2
    fi
}

demo_settings() {
    local port mqtt_port mqtt_url
    # Spring binds onewindow.mqtt.embedded-port from ONEWINDOW_MQTT_EMBEDDEDPORT and, as well,
    # from ONEWINDOW_MQTT_EMBEDDED_PORT.
    port=$(server_setting server.port 8080 SERVER_PORT -- "$@")
    mqtt_port=$(server_setting onewindow.mqtt.embedded-port 1884 \
        ONEWINDOW_MQTT_EMBEDDEDPORT ONEWINDOW_MQTT_EMBEDDED_PORT -- "$@")
    mqtt_url=$(server_setting onewindow.mqtt.url "" ONEWINDOW_MQTT_URL -- "$@")
    REDIS_PORT_USED=$(server_setting onewindow.redis.port 6380 ONEWINDOW_REDIS_PORT -- "$@")
    SERVER_PORT_USED=$(demo_port server.port "$port") || return 2
    SERVER_URL="http://127.0.0.1:$SERVER_PORT_USED"
    if [ -n "$mqtt_url" ]; then
        # The server publishes to this broker instead of starting its own.
        MQTT_URL=$mqtt_url
    else
        MQTT_URL="tcp://127.0.0.1:$(demo_port onewindow.mqtt.embedded-port "$mqtt_port")" || return 2
    fi
    case "${KIOSK_MODE:-}" in
        ""|auto|queue|terminal) ;;
        *)
            echo "demo.sh: KIOSK_MODE must be auto, queue or terminal, was \"$KIOSK_MODE\"" >&2
            return 2 ;;
    esac
    KIOSK_ARGS=("server.url=$SERVER_URL" "mqtt.url=$MQTT_URL")
    if [ -n "${KIOSK_MODE:-}" ]; then
        KIOSK_ARGS+=("kiosk.mode=$KIOSK_MODE")
    fi
    TERMINAL_ARGS=("server.url=$SERVER_URL" "mqtt.url=$MQTT_URL")
    DISPLAY_ARGS=("mqtt.url=$MQTT_URL")
    EVALUATOR_ARGS=("mqtt.url=$MQTT_URL" "evaluator.phone-base-url=$SERVER_URL")
}
