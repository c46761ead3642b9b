"""The echo client of scripts/bench --insns, run inside the tap's namespace:

  echo-driver.py HOST PORT CTL WARMUP ECHOES WINDOWS GAP_US SIZE...

One connection; for each size, WARMUP round trips, then WINDOWS windows of ECHOES round trips,
each between two snapshots of the guest's instruction counts: the label "SIZE WINDOW start" and
"SIZE WINDOW end" written to the plugin's FIFO CTL. Before each snapshot the client waits until
the guest has been idle a while (its delayed ACK and any timer have fired), so that a window holds
exactly ECHOES round trips and nothing else. After each round trip the client waits GAP_US
microseconds, so that every request finds the guest idle, as a server with many clients that each
ask now and then: without the gap, whether the guest sleeps between two packets or finds the next
one waiting depends on timing, and so does the count.
"""
import socket
import sys
import time

QUIET = 0.3


def main(host, port, ctl, warmup, echoes, windows, gap, sizes):
    s = socket.create_connection((host, port), timeout=10)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def echo(message, n):
        for _ in range(n):
            s.sendall(message)
            got = 0
            while got < len(message):
                chunk = s.recv(len(message) - got)
                if not chunk:
                    raise SystemExit("echo-driver: the server closed the connection")
                got += len(chunk)
            if gap:
                time.sleep(gap)

    def snapshot(label):
        time.sleep(QUIET)
        with open(ctl, "w") as f:
            f.write(label + "\n")
        time.sleep(QUIET)

    for size in sizes:
        message = bytes((i * 7 + 1) % 256 for i in range(size))
        echo(message, warmup)
        for window in range(windows):
            snapshot("%d %d start" % (size, window))
            echo(message, echoes)
            snapshot("%d %d end" % (size, window))
    s.close()
    print("echo-driver: done", flush=True)


if __name__ == "__main__":
    a = sys.argv
    main(a[1], int(a[2]), a[3], int(a[4]), int(a[5]), int(a[6]), int(a[7]) / 1e6, [int(x) for x in a[8:]])
