"""Packet-level probes of an image over a tap, run by NetRobustnessImageTest inside its namespace.

  netprobe.py echo HOST PORT TIMEOUT   connect, send 5 bytes, read them back; prints the seconds taken
  netprobe.py packets HOST PORT        scapy: a fragmented ping, a fragmented UDP datagram to a closed
                                       port, overlapping fragments, and a SYN with IP options; prints
                                       one line per case with what came back
"""
import socket
import sys
import time


def echo(host, port, timeout):
    start = time.monotonic()
    s = socket.create_connection((host, port), timeout=timeout)
    s.settimeout(max(0.1, timeout - (time.monotonic() - start)))
    s.sendall(b"probe")
    got = b""
    while len(got) < 5:
        chunk = s.recv(5 - len(got))
        if not chunk:
            break
        got += chunk
    s.close()
    if got != b"probe":
        print("bad echo %r" % got)
        return 1
    print("%.3f" % (time.monotonic() - start))
    return 0


def packets(host, port):
    from scapy.all import ICMP, IP, TCP, UDP, AsyncSniffer, IPOption_NOP, Raw, conf, fragment, send

    conf.verb = 0

    def exchange(frames, match, timeout=3):
        sniffer = AsyncSniffer(iface="tap0", lfilter=lambda p: IP in p and p[IP].src == host and match(p),
                               count=1, timeout=timeout)
        sniffer.start()
        time.sleep(0.2)
        for f in frames:
            send(f)
        sniffer.join()
        return sniffer.results[0] if sniffer.results else None

    ping = IP(dst=host, id=4242) / ICMP(id=7, seq=1) / Raw(b"x" * 1000)
    r = exchange(fragment(ping, fragsize=256), lambda p: ICMP in p and p[ICMP].type == 0 and p[ICMP].id == 7)
    print("fragmented-ping: %s" % ("reply %d bytes" % len(r[ICMP].payload) if r else "none"))

    udp = IP(dst=host, id=4243) / UDP(sport=5353, dport=9) / Raw(b"y" * 2000)
    r = exchange(fragment(udp, fragsize=512), lambda p: ICMP in p and p[ICMP].type == 3)
    print("fragmented-udp-closed-port: %s" % ("icmp 3/%d" % r[ICMP].code if r else "none"))

    # A valid 112-byte echo request in two fragments that overlap over bytes 48-55 with the same
    # bytes, so that any stack accepting overlaps would answer it; RFC 5722 and Linux drop it.
    whole = bytes(ICMP(id=8, seq=1) / Raw(b"z" * 104))
    head = IP(dst=host, id=4244, flags="MF", frag=0, proto=1) / Raw(whole[:56])
    tail = IP(dst=host, id=4244, frag=6, proto=1) / Raw(whole[48:])
    r = exchange([head, tail], lambda p: ICMP in p and p[ICMP].type == 0 and p[ICMP].id == 8, timeout=1.5)
    print("overlapping-fragments: %s" % ("reply" if r else "none"))

    syn = IP(dst=host, options=[IPOption_NOP()] * 4) / TCP(sport=34567, dport=port, flags="S", seq=1000)
    r = exchange([syn], lambda p: TCP in p and p[TCP].dport == 34567)
    print("options-syn: %s" % ("flags %s ack %d" % (r[TCP].flags, r[TCP].ack) if r else "none"))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "echo":
        try:
            sys.exit(echo(sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
        except OSError as e:
            print("failed: %s" % e)
            sys.exit(1)
    sys.exit(packets(sys.argv[2], int(sys.argv[3])))
