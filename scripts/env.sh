# Sourced by the scripts: finds a JDK 25 and installs the host tools a fresh machine lacks.
# Everything it installs comes from Debian's packages.

ukl_find_jdk25() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-* /usr/lib/jvm/*25*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        if "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

ukl_apt_install() {
    if [ "$(id -u)" != 0 ]; then
        echo "ukl: need $* but cannot install it (not root); install it with apt-get install $*" >&2
        return 1
    fi
    if [ -z "${UKL_APT_UPDATED:-}" ]; then
        apt-get update -qq >/dev/null
        UKL_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ukl_setup() {
    command -v gcc >/dev/null || ukl_apt_install gcc || return 1
    # the Linux-guest baseline links its init and C echo server statically
    [ -f /usr/lib/x86_64-linux-gnu/libc.a ] || ukl_apt_install libc6-dev || return 1
    command -v qemu-system-x86_64 >/dev/null && [ -f /usr/share/qemu/qboot.rom ] \
        || ukl_apt_install qemu-system-x86 || return 1
    command -v mvn >/dev/null || ukl_apt_install maven || return 1
    command -v ip >/dev/null || ukl_apt_install iproute2 || return 1      # tap devices in namespaces
    command -v ping >/dev/null || ukl_apt_install iputils-ping || return 1  # the images answer ping
    command -v hping3 >/dev/null || ukl_apt_install hping3 || return 1     # the SYN-flood image test
    /usr/bin/python3 -c 'import scapy' 2>/dev/null || ukl_apt_install python3-scapy || return 1  # crafted packets
    # the kv-server sample is tested with the real Redis client, benchmark and server
    command -v redis-cli >/dev/null && command -v redis-benchmark >/dev/null && command -v redis-server >/dev/null \
        || ukl_apt_install redis-tools redis-server || return 1
    [ -x /usr/bin/time ] || ukl_apt_install time || return 1  # the CPU benchmark's user+system times
    # the OCI image layout is checked with the OCI tools, and the process image run by containerd and runc
    command -v skopeo >/dev/null && command -v umoci >/dev/null \
        || ukl_apt_install skopeo umoci || return 1
    command -v containerd >/dev/null && command -v ctr >/dev/null && command -v runc >/dev/null \
        || ukl_apt_install containerd runc || return 1
    command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || return 1  # the Linux-guest baseline
    if ! JAVA_HOME=$(ukl_find_jdk25); then
        ukl_apt_install openjdk-25-jdk-headless 2>/dev/null || true
        if ! JAVA_HOME=$(ukl_find_jdk25); then
            echo "ukl: no JDK 25 found (looked at JAVA_HOME and /usr/lib/jvm), and none could be installed" \
                 "from the package sources. Install a JDK 25 (e.g. Temurin 25) and set JAVA_HOME." >&2
            return 1
        fi
    fi
    export JAVA_HOME
    export PATH="$JAVA_HOME/bin:$PATH"
}
