package ukl.kernel.net.iface;

import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.phy.Loopback;
import ukl.kernel.net.phy.NetDevice;
import ukl.kernel.net.wire.ArpPacket;
import ukl.kernel.net.wire.ArpRepr;
import ukl.kernel.net.wire.EthernetFrame;
import ukl.kernel.net.wire.EthernetRepr;
import ukl.kernel.net.wire.IcmpPacket;
import ukl.kernel.net.wire.IcmpRepr;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.MacAddress;
import ukl.kernel.net.wire.Parse;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;
import ukl.kernel.net.wire.UdpPacket;
import ukl.kernel.net.wire.UdpRepr;

/**
 * An Ethernet interface with one IPv4 address, and the host's loopback: packets to 127.0.0.0/8
 * or to our own address go through a {@link Loopback} device instead of the NIC and come back in
 * the next {@link #poll}, so a client and a server on the same host talk over TCP and UDP. All
 * views, reprs and the receive buffer are allocated once here and reused for every frame.
 */
public final class Interface {
    /** Where a transport writes its header in the buffer {@link #beginIp} returns. */
    public static final int IP_PAYLOAD_OFFSET = EthernetFrame.HEADER_LEN + Ipv4Packet.HEADER_LEN;

    private static final int ARP_CACHE_SIZE = 16;
    /** Frames read per poll, so a flood cannot starve the transport's timers. */
    private static final int RX_BUDGET = 64;
    /** Frames the loopback holds between two polls: more than a full send ring of segments. */
    private static final int LOOPBACK_FRAMES = 32;
    /** An ICMP error is at most 576 bytes (RFC 1812 §4.3.2.3): 20 of IP, 8 of ICMP, the rest quoted. */
    private static final int MAX_ICMP_QUOTE = 576 - Ipv4Packet.HEADER_LEN - IcmpPacket.HEADER_LEN;

    private final NetDevice dev;
    private final Loopback loopback;
    private final long mac;
    private final int address;
    private final int netmask;
    private final int gateway;
    private final NetStats stats = new NetStats();
    private final ArpCache arp = new ArpCache(ARP_CACHE_SIZE);
    private final Reassembly reassembly = new Reassembly(stats);
    private final IcmpRateLimit icmpLimit = new IcmpRateLimit();
    private Transport transport;

    private final byte[] rx;
    private final EthernetFrame rxEth = new EthernetFrame();
    private final EthernetFrame txEth = new EthernetFrame();
    private final EthernetRepr eth = new EthernetRepr();
    private final ArpPacket arpPacket = new ArpPacket();
    private final ArpRepr arpRepr = new ArpRepr();
    private final Ipv4Packet ipPacket = new Ipv4Packet();
    private final Ipv4Repr ipRx = new Ipv4Repr();
    private final Ipv4Repr ipTx = new Ipv4Repr();
    private final IcmpPacket icmpPacket = new IcmpPacket();
    private final IcmpRepr icmpRepr = new IcmpRepr();
    private final UdpPacket udpPacket = new UdpPacket();
    private final UdpRepr udpRepr = new UdpRepr();
    private final TcpPacket tcpPacket = new TcpPacket();
    /** The TCP segment {@link #sendIp} completes the checksum of. */
    private final TcpPacket tcpTxView = new TcpPacket();

    private final TcpRepr tcpRx = new TcpRepr();
    private final TcpRepr tcpTx = new TcpRepr();

    private long txNextHopMac;
    private byte[] txBuf;
    /** The device {@link #beginIp} took its buffer from: the NIC or the loopback. */
    private NetDevice txDev;
    /** Whether the frame being handled came from the loopback. */
    private boolean rxLoopback;
    /** The device vouched for the transport checksum of the frame being handled. */
    private boolean rxChecksumGood;
    /**
     * Whether the packet being handled went to an IP broadcast or came in a link-layer broadcast:
     * then no ICMP error answers it (RFC 1122 §3.2.2; Linux checks {@code PACKET_HOST} too).
     */
    private boolean rxBroadcast;
    /** Where the IP header of the packet being handled starts (in {@link #rx}, or a reassembly buffer). */
    private int rxHeaderOff;

    private int ident;
    private long now;

    /**
     * @param address our IPv4 address; {@code netmask} and {@code gateway} decide the next hop
     *     (gateway 0: everything off-link is unreachable)
     */
    public Interface(NetDevice dev, int address, int netmask, int gateway) {
        this.dev = dev;
        this.mac = dev.macAddress();
        this.address = address;
        this.netmask = netmask;
        this.gateway = gateway;
        this.rx = new byte[dev.mtu() + EthernetFrame.HEADER_LEN];
        this.loopback = new Loopback(mac, dev.mtu(), LOOPBACK_FRAMES);
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    public NetStats stats() {
        return stats;
    }

    public int address() {
        return address;
    }

    /** The source address of packets to {@code dst}: 127.0.0.1 for the loopback network, else ours. */
    public int sourceFor(int dst) {
        return Ipv4Address.isLoopback(dst) ? Ipv4Address.LOOPBACK : address;
    }

    private boolean isLocal(int dst) {
        return Ipv4Address.isLoopback(dst) || dst == address;
    }

    public long macAddress() {
        return mac;
    }

    /** The largest transport segment (header included) one IP packet carries. */
    public int maxIpPayload() {
        return dev.mtu() - Ipv4Packet.HEADER_LEN;
    }

    /**
     * Reads and handles every waiting frame (up to a budget), then lets the transport send.
     * Returns whether a frame was received or sent.
     */
    public boolean poll(long nowNanos) {
        now = nowNanos;
        long before = stats.frames();
        receiveFrom(dev, false);
        if (loopback.pending() > 0) { // mostly empty: a server's peers are elsewhere
            receiveFrom(loopback, true);
        }
        if (transport != null) {
            transport.dispatch(this, nowNanos);
        }
        return stats.frames() != before;
    }

    private void receiveFrom(NetDevice d, boolean isLoopback) {
        rxLoopback = isLoopback;
        for (int i = 0; i < RX_BUDGET; i++) {
            int len = d.receive(rx);
            if (len == 0) {
                break;
            }
            rxChecksumGood = d.receivedChecksumGood();
            stats.increment(Counter.RX_FRAMES);
            receiveFrame(len);
        }
    }

    /** When {@link #poll} next has work to do (looped-back frames, timers); {@code Long.MAX_VALUE} when none. */
    public long nextDeadline(long nowNanos) {
        if (loopback.pending() > 0) {
            return nowNanos;
        }
        return transport == null ? Long.MAX_VALUE : transport.nextDeadline(nowNanos);
    }

    private void receiveFrame(int len) {
        if (eth.parse(rxEth.wrap(rx, 0, len)) != Parse.OK) {
            stats.increment(Counter.ETH_TRUNCATED);
            return;
        }
        if (eth.dst != mac && eth.dst != MacAddress.BROADCAST) {
            stats.increment(Counter.ETH_NOT_FOR_US);
            return;
        }
        if (eth.etherType == EthernetFrame.ETHERTYPE_ARP) {
            receiveArp(rxEth.payloadOffset(), rxEth.payloadLen());
        } else if (eth.etherType == EthernetFrame.ETHERTYPE_IPV4) {
            receiveIpv4(rxEth.payloadOffset(), rxEth.payloadLen());
        } else {
            stats.increment(Counter.ETH_UNKNOWN_TYPE);
        }
    }

    private void receiveArp(int off, int len) {
        int r = arpRepr.parse(arpPacket.wrap(rx, off, len));
        if (r != Parse.OK) {
            stats.increment(r == Parse.UNSUPPORTED ? Counter.ARP_UNSUPPORTED : Counter.ARP_MALFORMED);
            return;
        }
        // RFC 826 "Packet reception": merge the sender into the cache if we know it or are the
        // target; a broadcast sender address would poison the cache, so it is ignored.
        boolean forUs = arpRepr.targetIp == address;
        if (!MacAddress.isMulticast(arpRepr.senderMac)
                && arpRepr.senderIp != 0
                && (forUs || arp.lookup(arpRepr.senderIp, now) >= 0)) {
            arp.fill(arpRepr.senderIp, arpRepr.senderMac, now);
        }
        if (forUs && arpRepr.operation == ArpRepr.REQUEST) {
            sendArp(ArpRepr.REPLY, arpRepr.senderMac, arpRepr.senderIp);
        }
    }

    private void sendArp(int operation, long targetMac, int targetIp) {
        byte[] buf = txBuffer();
        if (buf == null) {
            return;
        }
        txEth.wrap(buf, 0, EthernetFrame.HEADER_LEN + ArpPacket.ETHERNET_IPV4_LEN);
        eth.src = mac;
        eth.dst = operation == ArpRepr.REQUEST ? MacAddress.BROADCAST : targetMac;
        eth.etherType = EthernetFrame.ETHERTYPE_ARP;
        eth.emit(txEth);
        arpRepr.operation = operation;
        arpRepr.senderMac = mac;
        arpRepr.senderIp = address;
        arpRepr.targetMac = operation == ArpRepr.REQUEST ? 0 : targetMac;
        arpRepr.targetIp = targetIp;
        arpRepr.emit(arpPacket.wrap(buf, EthernetFrame.HEADER_LEN, ArpPacket.ETHERNET_IPV4_LEN));
        stats.increment(operation == ArpRepr.REQUEST ? Counter.ARP_REQUESTS_SENT : Counter.ARP_REPLIES_SENT);
        transmit(EthernetFrame.HEADER_LEN + ArpPacket.ETHERNET_IPV4_LEN);
    }

    private void receiveIpv4(int off, int len) {
        int r = ipRx.parse(ipPacket.wrap(rx, off, len));
        if (r != Parse.OK) {
            stats.increment(
                    switch (r) {
                        case Parse.BAD_LENGTH -> Counter.IP_BAD_LENGTH;
                        case Parse.UNSUPPORTED -> Counter.IP_BAD_VERSION;
                        case Parse.BAD_CHECKSUM -> Counter.IP_BAD_CHECKSUM;
                        case Parse.BAD_IP_OPTIONS -> Counter.IP_BAD_OPTIONS;
                        default -> Counter.IP_TRUNCATED;
                    });
            if (r == Parse.BAD_IP_OPTIONS) {
                sendParameterProblem(off);
            }
            return;
        }
        boolean broadcast = ipRx.dst == Ipv4Address.BROADCAST || ipRx.dst == (address | ~netmask);
        boolean looped = rxLoopback && Ipv4Address.isLoopback(ipRx.dst);
        if (ipRx.dst != address && !looped && !(broadcast && ipRx.protocol == Ipv4Packet.PROTO_UDP)) {
            stats.increment(Counter.IP_NOT_FOR_US);
            return;
        }
        if (!rxLoopback && badSource(ipRx.src, ipRx.dst)) {
            stats.increment(Counter.IP_BAD_SOURCE);
            return;
        }
        if (Ipv4Address.sameSubnet(ipRx.src, address, netmask)
                && !MacAddress.isMulticast(eth.src)
                && ipRx.src != address) {
            // Like smoltcp, learn (and keep fresh) the neighbour from its own valid packets, so a
            // busy connection's entry never expires under it.
            arp.fill(ipRx.src, eth.src, now);
        }
        rxBroadcast = broadcast || eth.dst == MacAddress.BROADCAST;
        if (ipRx.headerLen != Ipv4Packet.HEADER_LEN) {
            stats.increment(Counter.IP_OPTIONS); // RFC 1122 §3.2.1.8: skipped, the payload follows the header
        }
        if (ipRx.isFragment()) {
            stats.increment(Counter.IP_FRAGMENTS);
            int slot = reassembly.add(ipRx, rx, off, off + ipRx.headerLen, ipRx.payloadLen, now);
            if (slot >= 0) {
                stats.increment(Counter.IP_REASSEMBLED);
                ipRx.fragmentOffset = 0;
                ipRx.moreFragments = false;
                ipRx.payloadLen = reassembly.length(slot);
                byte[] b = reassembly.buffer(slot);
                rxChecksumGood = false; // what the device said of the last fragment says nothing of the datagram
                deliver(b, reassembly.headerOffset(slot), Reassembly.HEADER_ROOM, reassembly.length(slot));
                reassembly.free(slot);
            }
            return;
        }
        deliver(rx, off, off + ipRx.headerLen, ipRx.payloadLen); // as parsed: the header's length is read once
    }

    /**
     * RFC 1122 §3.2.1.3: a packet from the wire whose source is 0.0.0.0 (allowed only to the
     * limited broadcast, as a DHCP client sends), a broadcast (limited or our subnet's), multicast,
     * class E, loopback, or our own address MUST be discarded. Linux drops the same as martians,
     * except class E, which it has accepted since 2008; RFC 1122 (b)/(e) says to discard it.
     */
    private boolean badSource(int src, int dst) {
        if (src == 0) {
            return dst != Ipv4Address.BROADCAST;
        }
        return src == Ipv4Address.BROADCAST
                || src == (address | ~netmask)
                || Ipv4Address.isMulticast(src)
                || Ipv4Address.isClassE(src)
                || Ipv4Address.isLoopback(src)
                || src == address;
    }

    /** Hands a whole datagram (header at {@code headerOff}, payload at {@code poff}) to its protocol. */
    private void deliver(byte[] buf, int headerOff, int poff, int plen) {
        rxHeaderOff = headerOff;
        switch (ipRx.protocol) {
            case Ipv4Packet.PROTO_ICMP -> receiveIcmp(buf, poff, plen);
            case Ipv4Packet.PROTO_UDP -> receiveUdp(buf, poff, plen);
            case Ipv4Packet.PROTO_TCP -> receiveTcp(buf, poff, plen);
            default -> {
                stats.increment(Counter.IP_UNKNOWN_PROTOCOL);
                sendUnreachable(IcmpRepr.PROTOCOL_UNREACHABLE, buf, plen);
            }
        }
    }

    private void receiveIcmp(byte[] buf, int off, int len) {
        int r = icmpRepr.parse(icmpPacket.wrap(buf, off, len));
        if (r != Parse.OK) {
            stats.increment(
                    r == Parse.BAD_CHECKSUM
                            ? Counter.ICMP_BAD_CHECKSUM
                            : r == Parse.UNSUPPORTED ? Counter.ICMP_UNSUPPORTED : Counter.ICMP_MALFORMED);
            return;
        }
        if (icmpRepr.type == IcmpRepr.DEST_UNREACHABLE && icmpRepr.code == IcmpRepr.FRAGMENTATION_NEEDED) {
            pathMtu();
            return;
        }
        if (icmpRepr.type != IcmpRepr.ECHO_REQUEST) {
            stats.increment(Counter.ICMP_UNSUPPORTED);
            return;
        }
        // RFC 792 / RFC 1122 §3.2.2.6: the reply carries the request's identifier, sequence
        // number and data unchanged.
        int src = ipRx.src;
        byte[] tx = beginIp(src);
        if (tx == null) {
            return;
        }
        icmpRepr.type = IcmpRepr.ECHO_REPLY;
        int icmpLen = icmpRepr.bufferLen();
        if (icmpLen > maxIpPayload()) {
            stats.increment(Counter.ICMP_UNSUPPORTED); // a reassembled request too large to answer unfragmented
            return;
        }
        icmpRepr.emit(icmpPacket.wrap(tx, IP_PAYLOAD_OFFSET, icmpLen));
        stats.increment(Counter.ICMP_ECHO_REPLIES_SENT);
        sendIp(src, Ipv4Packet.PROTO_ICMP, icmpLen);
    }

    /**
     * RFC 1191 §6.2: a "fragmentation needed" message about a TCP segment of ours lowers that
     * connection's MSS. The quoted datagram must be ours (source our address) and hold the TCP
     * ports and sequence number; the transport checks the sequence number (RFC 5927 §4.1).
     */
    private void pathMtu() {
        byte[] q = icmpRepr.data;
        int qoff = icmpRepr.dataOff;
        if (icmpRepr.dataLen < Ipv4Packet.HEADER_LEN + 8 || (q[qoff] & 0xf0) != 0x40) {
            stats.increment(Counter.ICMP_MALFORMED);
            return;
        }
        int hl = (q[qoff] & 15) * 4;
        if (hl < Ipv4Packet.HEADER_LEN
                || icmpRepr.dataLen < hl + 8
                || (q[qoff + 9] & 0xff) != Ipv4Packet.PROTO_TCP
                || Ipv4Address.read(q, qoff + 12) != address
                || transport == null) {
            stats.increment(Counter.ICMP_UNSUPPORTED);
            return;
        }
        int t = qoff + hl;
        int localPort = (q[t] & 0xff) << 8 | (q[t + 1] & 0xff);
        int remotePort = (q[t + 2] & 0xff) << 8 | (q[t + 3] & 0xff);
        int seq = Ipv4Address.read(q, t + 4);
        transport.pathMtu(Ipv4Address.read(q, qoff + 16), localPort, remotePort, seq, icmpRepr.seq);
    }

    /**
     * RFC 1122 §3.2.2.1: destination unreachable ({@code code}) for the packet being handled,
     * quoting its header and as much of its payload as fits in 576 bytes (RFC 1812 §4.3.2.3, as
     * Linux). Never for a broadcast or multicast (§3.2.2), rate limited ({@link IcmpRateLimit}).
     * Only whole or reassembled datagrams get here, so never for a non-first fragment, and never
     * for an ICMP error: ICMP is a known protocol and has no ports.
     */
    private void sendUnreachable(int code, byte[] buf, int payloadLen) {
        if (rxBroadcast) {
            return;
        }
        int dst = ipRx.src;
        if (!icmpLimit.allow(dst, now)) {
            stats.increment(Counter.ICMP_RATE_LIMITED);
            return;
        }
        byte[] tx = beginIp(dst);
        if (tx == null) {
            return;
        }
        icmpRepr.type = IcmpRepr.DEST_UNREACHABLE;
        icmpRepr.code = code;
        icmpRepr.ident = 0;
        icmpRepr.seq = 0;
        icmpRepr.data = buf;
        icmpRepr.dataOff = rxHeaderOff;
        icmpRepr.dataLen = Math.min(ipRx.headerLen + payloadLen, MAX_ICMP_QUOTE);
        int icmpLen = icmpRepr.bufferLen();
        icmpRepr.emit(icmpPacket.wrap(tx, IP_PAYLOAD_OFFSET, icmpLen));
        stats.increment(Counter.ICMP_UNREACHABLE_SENT);
        sendIp(dst, Ipv4Packet.PROTO_ICMP, icmpLen);
    }

    /**
     * RFC 1122 §3.2.2.5: a host SHOULD send a Parameter Problem (RFC 792, type 12 code 0) for a
     * packet it discards because of its header, here an option of the wrong length, with the
     * pointer at that option, as Linux does. Only for a packet to our address from a valid source,
     * never for a link-layer broadcast or multicast, a non-first fragment or an ICMP error
     * (RFC 1122 §3.2.2); rate limited ({@link IcmpRateLimit}).
     */
    private void sendParameterProblem(int off) {
        Ipv4Packet p = ipPacket;
        int src = p.src();
        if (p.dst() != address
                || badSource(src, p.dst())
                || MacAddress.isMulticast(eth.dst)
                || p.fragmentOffset() != 0
                || (p.protocol() == Ipv4Packet.PROTO_ICMP && isIcmpError(p))) {
            return;
        }
        if (!icmpLimit.allow(src, now)) {
            stats.increment(Counter.ICMP_RATE_LIMITED);
            return;
        }
        byte[] tx = beginIp(src);
        if (tx == null) {
            return;
        }
        icmpRepr.type = IcmpRepr.PARAMETER_PROBLEM;
        icmpRepr.code = 0;
        icmpRepr.ident = p.badOptionOffset() << 8;
        icmpRepr.seq = 0;
        icmpRepr.data = rx;
        icmpRepr.dataOff = off;
        icmpRepr.dataLen = Math.min(p.totalLen(), MAX_ICMP_QUOTE);
        int icmpLen = icmpRepr.bufferLen();
        icmpRepr.emit(icmpPacket.wrap(tx, IP_PAYLOAD_OFFSET, icmpLen));
        stats.increment(Counter.ICMP_PARAMETER_PROBLEM_SENT);
        sendIp(src, Ipv4Packet.PROTO_ICMP, icmpLen);
    }

    /** Whether the ICMP message in {@code p} is an error (RFC 792: types 3, 4, 5, 11, 12), never answered by one. */
    private static boolean isIcmpError(Ipv4Packet p) {
        if (p.payloadLen() < 1) {
            return true; // too short to tell: say nothing
        }
        int type = p.buffer()[p.payloadOffset()] & 0xff;
        return type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
    }

    private void receiveUdp(byte[] buf, int off, int len) {
        int r = udpRepr.parse(udpPacket.wrap(buf, off, len), ipRx.src, ipRx.dst, rxChecksumGood);
        if (r != Parse.OK) {
            stats.increment(r == Parse.BAD_CHECKSUM ? Counter.UDP_BAD_CHECKSUM : Counter.UDP_MALFORMED);
            return;
        }
        if (transport == null || !transport.udpReceived(ipRx, udpRepr, now)) {
            stats.increment(Counter.UDP_NO_SOCKET);
            sendUnreachable(IcmpRepr.PORT_UNREACHABLE, buf, len);
        }
    }

    private void receiveTcp(byte[] buf, int off, int len) {
        int r = tcpRx.parse(tcpPacket.wrap(buf, off, len), ipRx.src, ipRx.dst, rxChecksumGood);
        if (r != Parse.OK) {
            stats.increment(
                    r == Parse.BAD_CHECKSUM
                            ? Counter.TCP_BAD_CHECKSUM
                            : r == Parse.BAD_OPTIONS ? Counter.TCP_BAD_OPTIONS : Counter.TCP_MALFORMED);
            return;
        }
        if (transport == null || !transport.tcpReceived(ipRx, tcpRx, now)) {
            sendReset(ipRx.src, tcpRx);
        }
    }

    /**
     * RFC 9293 §3.10.7.1: a segment for no connection is answered with a reset, never a reset
     * itself. If it carries an ACK the reset takes its sequence number from it; otherwise the
     * reset has sequence 0 and acknowledges the whole segment.
     */
    private void sendReset(int dst, TcpRepr seg) {
        if ((seg.flags & TcpPacket.RST) != 0) {
            return;
        }
        boolean hasAck = (seg.flags & TcpPacket.ACK_FLAG) != 0;
        int seqLen = seg.segmentLen();
        int segSeq = seg.seq;
        int segAck = seg.ack;
        int srcPort = seg.srcPort;
        int dstPort = seg.dstPort;
        byte[] buf = beginIp(dst);
        if (buf == null) {
            return;
        }
        tcpTx.srcPort = dstPort;
        tcpTx.dstPort = srcPort;
        tcpTx.seq = hasAck ? segAck : 0;
        tcpTx.ack = hasAck ? 0 : segSeq + seqLen;
        tcpTx.flags = hasAck ? TcpPacket.RST : TcpPacket.RST | TcpPacket.ACK_FLAG;
        tcpTx.window = 0;
        tcpTx.mss = 0;
        tcpTx.data = null;
        tcpTx.dataLen = 0;
        int tlen = tcpTx.bufferLen();
        tcpTx.emit(tcpPacket.wrap(buf, IP_PAYLOAD_OFFSET, tlen));
        stats.increment(Counter.TCP_RST_SENT);
        sendIp(dst, Ipv4Packet.PROTO_TCP, tlen);
    }

    private byte[] txBuffer() {
        return txBuffer(dev);
    }

    private byte[] txBuffer(NetDevice d) {
        byte[] buf = d.txBuffer();
        if (buf == null) {
            stats.increment(Counter.TX_NO_BUFFER);
        }
        return buf;
    }

    private void transmit(int len) {
        transmit(dev, len);
    }

    private void transmit(NetDevice d, int len) {
        transmit(d, len, false);
    }

    /** {@code deviceSumsTcp}: the frame's TCP checksum holds the pseudo-header's sum, for the device to complete. */
    private void transmit(NetDevice d, int len, boolean deviceSumsTcp) {
        stats.increment(Counter.TX_FRAMES);
        if (deviceSumsTcp) {
            d.transmitCompletingChecksum(len, IP_PAYLOAD_OFFSET, TcpPacket.CHECKSUM);
        } else {
            d.transmit(len);
        }
    }

    /**
     * Starts an IPv4 packet to {@code dst}: returns the device's transmit buffer, in which the
     * caller writes its header and payload from {@link #IP_PAYLOAD_OFFSET} and then calls
     * {@link #sendIp}. Returns {@code null}, counting why, when no buffer is free or the next hop's
     * MAC is unknown; in that case an ARP request goes out (at most once a second) and the packet is
     * lost, for the caller's retransmission to recover.
     */
    public byte[] beginIp(int dst) {
        if (isLocal(dst)) {
            txDev = loopback;
            txBuf = txBuffer(loopback);
            txNextHopMac = mac;
            return txBuf;
        }
        int nextHop = Ipv4Address.sameSubnet(dst, address, netmask) || gateway == 0 ? dst : gateway;
        long hw = dst == Ipv4Address.BROADCAST ? MacAddress.BROADCAST : arp.lookup(nextHop, now);
        if (hw < 0) {
            stats.increment(Counter.TX_NEXT_HOP_UNRESOLVED);
            if (arp.shouldRequest(nextHop, now)) {
                sendArp(ArpRepr.REQUEST, 0, nextHop);
            }
            return null;
        }
        txDev = dev;
        txBuf = txBuffer();
        txNextHopMac = hw;
        return txBuf;
    }

    /** Whether a packet to {@code dst} could go out now as far as ARP is concerned; asks if not. */
    public boolean resolve(int dst, long nowNanos) {
        now = nowNanos;
        int nextHop = Ipv4Address.sameSubnet(dst, address, netmask) || gateway == 0 ? dst : gateway;
        if (isLocal(dst) || dst == Ipv4Address.BROADCAST || arp.lookup(nextHop, now) >= 0) {
            return true;
        }
        if (arp.shouldRequest(nextHop, now)) {
            sendArp(ArpRepr.REQUEST, 0, nextHop);
        }
        return false;
    }

    /**
     * Completes the packet {@link #beginIp} started: a TCP segment's checksum (in software, or left
     * to a device that completes it), IPv4 and Ethernet headers, then transmit.
     */
    public void sendIp(int dst, int protocol, int payloadLen) {
        txEth.wrap(txBuf, 0, EthernetFrame.HEADER_LEN);
        eth.src = mac;
        eth.dst = txNextHopMac;
        eth.etherType = EthernetFrame.ETHERTYPE_IPV4;
        eth.emit(txEth);
        ipTx.src = sourceFor(dst);
        ipTx.dst = dst;
        ipTx.protocol = protocol;
        ipTx.payloadLen = payloadLen;
        ipTx.ttl = Ipv4Repr.DEFAULT_TTL;
        ipTx.ident = ident++ & 0xffff;
        ipTx.emit(ipPacket.wrap(txBuf, EthernetFrame.HEADER_LEN, Ipv4Packet.HEADER_LEN + payloadLen));
        boolean deviceSums = false;
        if (protocol == Ipv4Packet.PROTO_TCP) {
            TcpPacket segment = tcpTxView.wrap(txBuf, IP_PAYLOAD_OFFSET, payloadLen);
            deviceSums = txDev.completesChecksums();
            if (deviceSums) {
                segment.fillPseudoHeaderChecksum(ipTx.src, dst);
            } else {
                segment.fillChecksum(ipTx.src, dst);
            }
        }
        transmit(txDev, IP_PAYLOAD_OFFSET + payloadLen, deviceSums);
    }
}
