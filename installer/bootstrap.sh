#!/usr/bin/env bash
# GPU Desk bootstrap for Debian 12 (bookworm).
#
#   installer/bootstrap.sh deps   install the Debian packages the project needs (idempotent)
#   installer/bootstrap.sh build  deps + configure + build
#   installer/bootstrap.sh run    deps + build + start the app (Sandbox/snapshot data, no account)
#   installer/bootstrap.sh test   deps + build + run every test through ctest
#
# Environment: GPUDESK_PRESET (default dev; see CMakePresets.json; the build lands in build/<preset>),
# CI=true makes warnings errors. Tests always run headless (QT_QPA_PLATFORM=offscreen).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cmd=${1:-run}
shift || true

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6 (Widgets, Network, Sql, Charts, Test, LinguistTools) and runtime plugins
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libgl-dev libvulkan-dev
    # libraries fixed by the design card
    libssh-dev libvterm-dev qtkeychain-qt6-dev libyaml-cpp-dev libsqlite3-dev sqlite3
    # headless UI checks, screenshots and fonts (Latin + CJK)
    xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-cjk
    # pdftotext reads the exported PDF reports in the tests
    poppler-utils
    # the Debian package (cpack + dpkg-shlibdeps) and its desktop entry / AppStream checks
    dpkg-dev file desktop-file-utils appstream
    # real peers for integration tests
    openssh-server openssh-client
    # full-screen programs the terminal tests run in a Sandbox pod
    vim htop
    # tmux on the test sshd's side: the terminal starts in it and re-attaches after a reconnect
    tmux
    # a real keychain for the key tests: GNOME Keyring on a private D-Bus session
    gnome-keyring libsecret-1-0 dbus
    # Prism (npm, see mock_tools) serves the providers' OpenAPI specs for the conformance tests
    nodejs
)

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "bootstrap: need root (or sudo) to install packages: $*" >&2; exit 1
    fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "bootstrap: all ${#PACKAGES[@]} Debian packages present"
        return
    fi
    echo "bootstrap: installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd apt-get update -qq
    sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset=${GPUDESK_PRESET:-dev}
build_dir=$root/build/$preset
jobs=$(nproc 2>/dev/null || echo 2)

build() {
    local werror=OFF
    if [ "${CI:-}" = "true" ]; then werror=ON; fi
    (cd "$root" && cmake --preset "$preset" -DGPUDESK_WERROR=$werror -DWITH_TESTS=${WITH_TESTS:-ON} >/dev/null) || {
        echo "bootstrap: configure failed; rerunning with full output" >&2
        (cd "$root" && cmake --preset "$preset" -DGPUDESK_WERROR=$werror)
        exit 1
    }
    cmake --build "$build_dir" -j "$jobs"
}

# The test-only npm tools (tests/mock: Stoplight Prism), installed from the lock file when
# node_modules is missing or was installed from another lock file.
mock_tools() {
    local dir=$root/tests/mock stamp=$root/tests/mock/node_modules/.gpudesk-lock.sha256
    local want
    # Debian's nodejs comes without npm (package npm); a NodeSource nodejs bundles npm and conflicts
    # with Debian's, so the package is installed only when no npm command exists.
    if ! command -v npm >/dev/null; then
        echo "bootstrap: installing Debian's npm"
        export DEBIAN_FRONTEND=noninteractive
        sudo_cmd apt-get update -qq
        sudo_cmd apt-get install -y -qq --no-install-recommends npm
    fi
    want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return
    fi
    echo "bootstrap: installing the test mocks' npm packages (tests/mock)"
    npm ci --prefix "$dir" --no-audit --no-fund
    echo "$want" >"$stamp"
}

case "$cmd" in
    deps)
        deps ;;
    build)
        deps; build ;;
    run)
        deps; build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "bootstrap: no display found (DISPLAY/WAYLAND_DISPLAY unset). Run this from a desktop session," >&2
            echo "or try: $build_dir/ui/gpudesk --screenshot gpudesk.png" >&2
            exit 1
        fi
        exec "$build_dir/ui/gpudesk" "$@" ;;
    test)
        deps; build; mock_tools
        export QT_QPA_PLATFORM=offscreen
        cd "$build_dir"
        # ctest prints its closing summary ("100% tests passed, 0 tests failed out of N").
        ctest --output-on-failure --timeout 600 -j "$jobs" "$@" ;;
    *)
        echo "usage: $0 deps|build|run|test" >&2; exit 2 ;;
esac
