"""A packet-level TCP/IPv4 conformance suite, run by NetConformanceTest inside its namespace against
an echo server (the image, or a Linux guest) on HOST:PORT over tap0.

  tcpconform.py HOST PORT GUEST_MAC [--checkpoints] [CASE...]

Besides echo on PORT, the guest serves RFC 865's quote of the day on QUOTE_PORT: one fixed line,
then the server closes first, which takes a connection of the guest's through FIN-WAIT-1,
FIN-WAIT-2, CLOSING and TIME-WAIT.

scapy plays a peer at PEER, an address no interface of the namespace holds, and answers the
guest's ARP requests for it itself, so the host's own TCP never sees (and never resets) the
segments the guest sends back. Each case prints one line "case|outcome", its outcome a short
description of what the guest did that does not depend on its sequence numbers or timing.

With --checkpoints, every case is followed by a clean-up and a probe: the peer resets every
connection the case left open (as the peer's own TCP would, had it a socket layer: a RST at the
guest's acknowledgement number), runs the handshake case again and prints "probe|case|outcome",
then prints "checkpoint|case" and waits for a line on standard input before the next case, so that
the caller can read the guest's state between cases. Before the first case, a warm-up opens
WARM_UP connections at once and resets them, and leaves one quote connection in the guest's
TIME-WAIT ("checkpoint|warm-up"): the guest's state after it is what every later checkpoint is
compared with.
"""
import queue
import random
import sys
import threading
import time

from scapy.all import ARP, ICMP, IP, TCP, Ether, Raw, TCPerror, checksum, conf, get_if_hwaddr, in4_chksum

IFACE = "tap0"
PEER = "10.0.2.77"
WINDOW = 8192
WARM_UP = 4
QUOTE_PORT = 17
QUOTE = b"A system call should cost a procedure call.\r\n"


class Peer:
    def __init__(self, host, guest_mac):
        conf.verb = 0
        self.host = host
        self.guest_mac = guest_mac
        self.mac = get_if_hwaddr(IFACE)
        self.sock = conf.L2socket(iface=IFACE)
        self.inbox = queue.Queue()
        self.held = []
        self.open_ports = {}  # our port -> (the guest's port, its last acknowledgement number)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            p = self.sock.recv()
            if p is None or Ether not in p:
                continue
            if ARP in p and p[ARP].op == 1 and p[ARP].pdst == PEER:
                self.sock.send(Ether(dst=p[ARP].hwsrc, src=self.mac)
                               / ARP(op=2, hwsrc=self.mac, psrc=PEER, hwdst=p[ARP].hwsrc, pdst=p[ARP].psrc))
            elif IP in p and p[IP].src == self.host and p[IP].dst == PEER and (TCP in p or TCPerror in p):
                if TCP in p and "R" not in str(p[TCP].flags):
                    self.open_ports[p[TCP].dport] = (p[TCP].sport, p[TCP].ack)
                self.inbox.put(p[IP])

    def send(self, ip):
        """Sends an IP packet (a scapy layer, or raw bytes of a whole IP packet) to the guest."""
        payload = Raw(ip) if isinstance(ip, bytes) else ip
        self.sock.send(Ether(dst=self.guest_mac, src=self.mac, type=0x0800) / payload)

    def next(self, sport, timeout):
        """The next TCP segment the guest sent to port sport within timeout seconds, or None."""
        deadline = time.monotonic() + timeout
        while True:
            for i, p in enumerate(self.held):
                if (TCP in p and p[TCP].dport == sport) or (TCPerror in p and p[TCPerror].sport == sport):
                    return self.held.pop(i)
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                self.held.append(self.inbox.get(timeout=left))
            except queue.Empty:
                return None

    def reset_all(self):
        """Resets every connection the guest sent a segment on, at the sequence number it expects."""
        ports, self.open_ports = self.open_ports, {}
        for sport, (dport, ack) in ports.items():
            self.send(IP(src=PEER, dst=self.host) / TCP(sport=sport, dport=dport, flags="R", seq=ack))

    def all(self, sport, timeout):
        """Every segment to sport within timeout seconds."""
        got = []
        deadline = time.monotonic() + timeout
        while True:
            p = self.next(sport, max(0, deadline - time.monotonic()))
            if p is None:
                return got
            got.append(p)


class Conn:
    """One connection from PEER:sport, driven segment by segment."""

    def __init__(self, peer, host, port, sport=None):
        self.peer = peer
        self.host = host
        self.port = port
        self.sport = sport or random.randint(20000, 60000)
        self.seq = random.randint(1, 2 ** 31)
        self.ack = 0

    def tcp(self, flags, seq=None, ack=None, window=WINDOW, options=None, **kw):
        return (IP(src=PEER, dst=self.host)
                / TCP(sport=self.sport, dport=self.port, flags=flags, seq=self.seq if seq is None else seq,
                      ack=self.ack if ack is None else ack, window=window, options=options or [], **kw))

    def syn(self, options=None):
        self.peer.send(self.tcp("S", options=[("MSS", 1460)] if options is None else options))
        r = self.peer.next(self.sport, 3)
        if r is not None and TCP in r and r[TCP].flags == "SA":
            self.seq += 1
            self.ack = r[TCP].seq + 1
        return r

    def open(self, options=None):
        r = self.syn(options)
        if r is None or r[TCP].flags != "SA":
            raise RuntimeError("no SYN-ACK: %r" % r)
        self.peer.send(self.tcp("A"))
        return r

    def send(self, data, flags="PA", **kw):
        self.peer.send(self.tcp(flags, **kw) / Raw(data))
        self.seq += len(data)

    def read(self, n, timeout=3):
        """Up to n bytes of in-order data the guest sent, acknowledged as they come."""
        got = b""
        segments = []
        deadline = time.monotonic() + timeout
        while len(got) < n:
            r = self.peer.next(self.sport, max(0, deadline - time.monotonic()))
            if r is None:
                break
            if TCP not in r:
                continue
            data = bytes(r[TCP].payload)
            if r[TCP].seq == self.ack and data:
                got += data
                segments.append(len(data))
                self.ack += len(data)
                self.peer.send(self.tcp("A"))
        self.segments = segments
        return got


def flags_of(r):
    if r is None:
        return "nothing"
    if ICMP in r:
        return "ICMP %d/%d" % (r[ICMP].type, r[ICMP].code)
    names = {"S": "SYN", "A": "ACK", "R": "RST", "F": "FIN", "P": "PSH", "U": "URG"}
    return "+".join(names[c] for c in "SFRPAU" if c in str(r[TCP].flags))


def case_handshake(peer, host, port):
    c = Conn(peer, host, port)
    sa = c.open()
    mss = dict((o[0], o[1]) for o in sa[TCP].options if isinstance(o, tuple)).get("MSS")
    c.send(b"hello")
    echo = c.read(5)
    c.peer.send(c.tcp("FA"))
    c.seq += 1
    fin = first_fin(peer, c.sport, 2)
    if fin is not None:
        c.ack = fin[TCP].seq + 1
        peer.send(c.tcp("A"))
    return "SYN+ACK with MSS %s, echo %r, %s" % (mss, echo.decode(), "FIN" if fin is not None else "no FIN")


def first_fin(peer, sport, timeout):
    """The guest's first segment to sport with FIN within timeout seconds, or None. It returns as
    soon as the FIN comes (the probe after every case runs the handshake, so a fixed wait here
    would cost the whole timeout each time); what follows is for the caller's clean-up to drop."""
    deadline = time.monotonic() + timeout
    while True:
        r = peer.next(sport, max(0, deadline - time.monotonic()))
        if r is None or (TCP in r and "F" in str(r[TCP].flags)):
            return r


def bare_case(flags, to_port=None):
    """One segment with flags to a port with no connection for it: what comes back."""
    def run(peer, host, port):
        c = Conn(peer, host, to_port or port)
        peer.send(c.tcp(flags, ack=random.randint(1, 2 ** 31) if "A" in flags else 0))
        return flags_of(peer.next(c.sport, 1.5))
    return run


def case_data_without_ack(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    c.send(b"noack", flags="P", ack=0)
    r = peer.next(c.sport, 1)
    c.seq -= 5
    c.send(b"still")
    return "%s, then echo %r" % (flags_of(r), c.read(5).decode())


def case_rst_syn_received(peer, host, port):
    c = Conn(peer, host, port)
    c.syn()
    peer.send(c.tcp("R", ack=0))
    time.sleep(0.3)
    peer.send(c.tcp("A"))
    return "then an ACK gets %s" % flags_of(peer.next(c.sport, 2))


def case_rst_established_exact(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    peer.send(c.tcp("R", ack=0))
    time.sleep(0.3)
    c.send(b"after")
    return "then data gets %s" % flags_of(peer.next(c.sport, 2))


def case_rst_established_in_window(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    peer.send(c.tcp("R", seq=c.seq + 100, ack=0))
    r = peer.next(c.sport, 2)
    c.send(b"still")
    echo = c.read(5)
    return "%s (challenge ACK: %s), then echo %r" % (
        flags_of(r), r is not None and r[TCP].ack == c.seq - 5, echo.decode())


def case_rst_out_of_window(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    peer.send(c.tcp("R", seq=c.seq + 10_000_000, ack=0))
    r = peer.next(c.sport, 1)
    c.send(b"still")
    return "%s, then echo %r" % (flags_of(r), c.read(5).decode())


def case_syn_established(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    peer.send(c.tcp("S", seq=c.seq + 5, ack=0))
    r = peer.next(c.sport, 2)
    c.send(b"still")
    return "%s, then echo %r" % (flags_of(r), c.read(5).decode())


def case_rst_last_ack(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    peer.send(c.tcp("FA"))
    c.seq += 1
    fin = [r for r in peer.all(c.sport, 2) if "F" in str(r[TCP].flags)]
    if not fin:
        return "no FIN from the server"
    c.ack = fin[0][TCP].seq + 1
    peer.send(c.tcp("R", ack=0))
    time.sleep(0.3)
    peer.send(c.tcp("A"))
    return "then an ACK gets %s" % flags_of(peer.next(c.sport, 2))


def case_zero_window_probe(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    c.send(b"probe!", window=0)
    probes = 0
    first = time.monotonic()
    for r in peer.all(c.sport, 4):
        if time.monotonic() - first > 0.3 or bytes(r[TCP].payload):
            probes += 1
    peer.send(c.tcp("A"))  # the window opens
    echo = c.read(6)
    return "%s, then echo %r" % ("probed" if probes else "no probe", echo.decode())


def case_urgent(peer, host, port):
    c = Conn(peer, host, port)
    c.open()
    c.send(b"abc", flags="PAU", urgptr=3)
    c.send(b"def")
    return "echo %r" % c.read(6, timeout=2).decode()


def quote_and_fin(peer, host, ack_fin):
    """Connects to the quote port and reads the line and the server's FIN; acknowledges the line,
    and the FIN too if ack_fin. Returns the connection and whether both came."""
    c = Conn(peer, host, QUOTE_PORT)
    c.open()
    got, c.fin_seq = b"", None
    deadline = time.monotonic() + 3
    while c.fin_seq is None:
        r = peer.next(c.sport, max(0, deadline - time.monotonic()))
        if r is None:
            break
        if TCP in r and r[TCP].seq == c.ack:
            got += bytes(r[TCP].payload)
            c.ack += len(r[TCP].payload)
            if "F" in str(r[TCP].flags):
                c.fin_seq = c.ack
    if c.fin_seq is not None and ack_fin:
        c.ack += 1
    peer.send(c.tcp("A"))
    return c, got == QUOTE and c.fin_seq is not None


def answer(c, timeout=1.5):
    """What the guest sends next on c, a retransmission of its FIN left out."""
    deadline = time.monotonic() + timeout
    while True:
        r = c.peer.next(c.sport, max(0, deadline - time.monotonic()))
        if r is None or not (TCP in r and "F" in str(r[TCP].flags) and r[TCP].seq == c.fin_seq):
            return flags_of(r)


def line_and_fin(ok):
    return "the line and FIN" if ok else "no line or no FIN"


def our_fin(c):
    c.peer.send(c.tcp("FA"))
    c.seq += 1
    return answer(c)


def reset_then(c, segment):
    """RST at the sequence number the guest expects, then segment: what the guest answers."""
    c.peer.send(c.tcp("R"))
    time.sleep(0.3)
    c.peer.held.clear()
    c.peer.send(segment)
    return answer(c)


def case_quote_closes_first(peer, host, port):
    c, ok = quote_and_fin(peer, host, True)
    return "%s, then our FIN gets %s" % (line_and_fin(ok), our_fin(c))


def case_fin_again_in_time_wait(peer, host, port):
    c, ok = quote_and_fin(peer, host, True)
    first = our_fin(c)
    peer.held.clear()
    peer.send(c.tcp("FA", seq=c.seq - 1))
    return "%s, our FIN gets %s, again gets %s" % (line_and_fin(ok), first, answer(c))


def case_rst_fin_wait_1(peer, host, port):
    c, ok = quote_and_fin(peer, host, False)
    return "%s, then an ACK gets %s" % (line_and_fin(ok), reset_then(c, c.tcp("A", ack=c.ack + 1)))


def case_rst_fin_wait_2(peer, host, port):
    c, ok = quote_and_fin(peer, host, True)
    return "%s, then data gets %s" % (line_and_fin(ok), reset_then(c, c.tcp("PA") / Raw(b"x")))


def case_rst_closing(peer, host, port):
    c, ok = quote_and_fin(peer, host, False)
    first = our_fin(c)
    return "%s, our FIN gets %s, then an ACK gets %s" % (line_and_fin(ok), first,
                                                       reset_then(c, c.tcp("A", ack=c.ack + 1)))


def case_rst_time_wait(peer, host, port):
    c, ok = quote_and_fin(peer, host, True)
    first = our_fin(c)
    return "%s, our FIN gets %s, then our FIN again gets %s" % (line_and_fin(ok), first,
                                                              reset_then(c, c.tcp("FA", seq=c.seq - 1)))


def mss_case(options):
    def run(peer, host, port):
        c = Conn(peer, host, port)
        c.open(options)
        data = bytes(random.randrange(256) for _ in range(1400))
        c.send(data)
        got = c.read(len(data))
        return "largest echoed segment %d bytes%s" % (
            max(c.segments or [0]), "" if got == data else ", echo incomplete")
    return run


def raw_syn(host, port, sport, ihl=5, total=None, ip_extra=b"", tcp_len_words=5, tcp_options=b"",
            ip_checksum_ok=True, tcp_checksum_ok=True):
    """A SYN written byte by byte, so that any header field may lie."""
    t = bytes(TCP(sport=sport, dport=port, flags="S", seq=1000, window=WINDOW, dataofs=tcp_len_words,
                  chksum=0) / Raw(tcp_options))
    ck = in4_chksum(6, IP(src=PEER, dst=host), t)
    if not tcp_checksum_ok:
        ck ^= 0x5555
    t = t[:16] + ck.to_bytes(2, "big") + t[18:]
    hdr = bytearray(bytes(IP(src=PEER, dst=host, proto=6, ttl=64, id=1, flags="DF", ihl=5, chksum=0)))
    hdr[0] = 0x40 | ihl
    length = total if total is not None else 20 + len(ip_extra) + len(t)
    hdr[2:4] = length.to_bytes(2, "big")
    hdr[10:12] = b"\0\0"
    s = checksum(bytes(hdr) + ip_extra)
    if not ip_checksum_ok:
        s ^= 0x5555
    hdr[10:12] = s.to_bytes(2, "big")
    return bytes(hdr) + ip_extra + t


def malformed_case(**fields):
    def run(peer, host, port):
        sport = random.randint(20000, 60000)
        peer.send(raw_syn(host, port, sport, **fields))
        return flags_of(peer.next(sport, 1.5))
    return run


CASES = [
    ("handshake", "SYN with MSS 1460, ACK, 5 bytes, FIN", case_handshake),
    ("syn-to-closed-port", "SYN to port 9, where nothing listens", bare_case("S", to_port=9)),
    ("ack-to-listen", "a bare ACK to the listening port", bare_case("A")),
    ("syn-ack-to-listen", "SYN+ACK to the listening port", bare_case("SA")),
    ("rst-to-listen", "RST to the listening port", bare_case("R")),
    ("fin-to-listen", "FIN without ACK to the listening port", bare_case("F")),
    ("data-without-ack", "data without the ACK bit in ESTABLISHED, then data", case_data_without_ack),
    ("rst-in-syn-received", "SYN, then RST at SEQ = ISN+1, then the handshake's ACK", case_rst_syn_received),
    ("rst-in-established-exact", "RST at SEQ = RCV.NXT, then data", case_rst_established_exact),
    ("rst-in-established-in-window", "RST at RCV.NXT+100 (RFC 5961 §3.2), then data",
     case_rst_established_in_window),
    ("rst-in-established-out-of-window", "RST 10^7 past RCV.NXT, then data", case_rst_out_of_window),
    ("syn-in-established", "SYN in window (RFC 5961 §4.2), then data", case_syn_established),
    ("rst-in-last-ack", "FIN, the server's FIN, then RST at RCV.NXT, then an ACK", case_rst_last_ack),
    ("quote-server-closes-first", "the server's line and FIN, our ACK, then our FIN", case_quote_closes_first),
    ("fin-again-in-time-wait", "our FIN again once the server is in TIME-WAIT", case_fin_again_in_time_wait),
    ("rst-in-fin-wait-1", "the server's FIN unacknowledged, RST at RCV.NXT, then an ACK",
     case_rst_fin_wait_1),
    ("rst-in-fin-wait-2", "the server's FIN acknowledged, RST at RCV.NXT, then data", case_rst_fin_wait_2),
    ("rst-in-closing", "our FIN crossing the server's, RST at RCV.NXT, then an ACK", case_rst_closing),
    ("rst-in-time-wait", "both FINs acknowledged, RST at RCV.NXT, then our FIN again", case_rst_time_wait),
    ("zero-window-probe", "6 bytes with window 0 for 4 s, then the window opens", case_zero_window_probe),
    ("urgent-data", "'abc' with URG and urgent pointer 3, then 'def'", case_urgent),
    ("mss-536", "SYN with MSS 536, then 1400 bytes", mss_case([("MSS", 536)])),
    ("mss-absent", "SYN without MSS option, then 1400 bytes", mss_case([])),
    ("mss-1", "SYN with MSS 1 (CVE-2019-11479), then 1400 bytes", mss_case([("MSS", 1)])),
    ("syn-valid-raw", "a well-formed SYN built byte by byte (the control)", malformed_case()),
    ("ip-ihl-4", "IHL 4", malformed_case(ihl=4)),
    ("ip-ihl-past-total-length", "IHL 15, total length 40", malformed_case(ihl=15)),
    ("ip-total-length-past-frame", "total length 200 in a 40-byte packet", malformed_case(total=200)),
    ("ip-total-length-below-header", "total length 16", malformed_case(total=16)),
    ("ip-bad-checksum", "IP header checksum wrong", malformed_case(ip_checksum_ok=False)),
    ("ip-option-length-0", "record-route option with length 0",
     malformed_case(ihl=6, ip_extra=b"\x07\x00\x00\x00")),
    ("tcp-data-offset-4", "data offset 4", malformed_case(tcp_len_words=4)),
    ("tcp-data-offset-past-segment", "data offset 15 in a 20-byte segment", malformed_case(tcp_len_words=15)),
    ("tcp-bad-checksum", "TCP checksum wrong", malformed_case(tcp_checksum_ok=False)),
    ("tcp-option-length-0", "unknown option with length 0",
     malformed_case(tcp_len_words=6, tcp_options=b"\x63\x00\x00\x00")),
    ("tcp-option-length-past-header", "MSS option with length 10 in 4 option bytes",
     malformed_case(tcp_len_words=6, tcp_options=b"\x02\x0a\x05\xb4")),
    ("tcp-mss-length-3", "MSS option with length 3", malformed_case(tcp_len_words=6, tcp_options=b"\x02\x03\x05\x00")),
]


def main(host, port, guest_mac):
    peer = Peer(host, guest_mac)
    args = sys.argv[4:]
    checkpoints = "--checkpoints" in args
    only = set(a for a in args if a != "--checkpoints")
    if checkpoints:
        conns = [Conn(peer, host, port) for _ in range(WARM_UP)]
        for c in conns:
            c.open()
        c, _ = quote_and_fin(peer, host, True)  # and a TIME-WAIT of the guest's
        our_fin(c)
        time.sleep(0.3)
        peer.reset_all()
        time.sleep(0.2)
        peer.held.clear()
        checkpoint("warm-up")
    for name, what, case in CASES:
        if only and name not in only:
            continue
        print("%s|%s|%s" % (name, what, attempt(case, peer, host, port)), flush=True)
        time.sleep(0.2)
        peer.held.clear()
        if checkpoints:
            peer.reset_all()
            probe = attempt(case_handshake, peer, host, port)
            time.sleep(0.2)
            peer.held.clear()
            peer.reset_all()
            print("probe|%s|%s" % (name, probe), flush=True)
            checkpoint(name)
    return 0


def checkpoint(name):
    print("checkpoint|%s" % name, flush=True)
    sys.stdin.readline()


def attempt(case, peer, host, port):
    try:
        return case(peer, host, port)
    except Exception as e:  # a case that cannot run says so in its row
        return "error: %s" % e


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
