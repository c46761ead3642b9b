package kv;

/**
 * Connection and server commands: PING, ECHO, QUIT, INFO, CONFIG GET, CLIENT SETNAME/GETNAME/ID,
 * with Redis 7.0's replies. CONFIG GET knows the few parameters clients ask for (redis-benchmark
 * asks for {@code save} and {@code appendonly}) and answers them as a default Redis does, except
 * those this server has from its command line.
 */
final class ServerCommands {
    private ServerCommands() {}

    static void register(Commands t) {
        t.add("ping", -1, false, ServerCommands::ping);
        t.add("echo", 2, false, (c, a) -> c.reply().bulk(a.buffer(1), a.offset(1), a.length(1)));
        t.add("quit", -1, false, (c, a) -> {
            c.reply().ok();
            c.closeAfterReply();
        });
        t.add("info", -1, false, ServerCommands::info);
        t.addContainer("config");
        t.add("config|get", -3, false, ServerCommands::configGet);
        t.addContainer("client");
        t.add("client|setname", 3, false, ServerCommands::setName);
        t.add("client|getname", 2, false, ServerCommands::getName);
        t.add("client|id", 2, false, (c, a) -> c.reply().integer(c.id()));
    }

    private static void ping(Client c, Args a) {
        if (a.count() > 2) {
            c.reply().error(Commands.arity("ping"));
        } else if (a.count() == 1) {
            c.reply().simple("PONG");
        } else {
            c.reply().bulk(a.buffer(1), a.offset(1), a.length(1));
        }
    }

    private static void info(Client c, Args a) {
        Server s = c.server();
        Keyspace db = c.db();
        String nl = "\r\n";
        StringBuilder sb = new StringBuilder()
                .append("# Server")
                .append(nl)
                .append("redis_version:7.0.15")
                .append(nl)
                .append("redis_mode:standalone")
                .append(nl)
                .append("server:kv-server (a Java sample of ukl)")
                .append(nl)
                .append("tcp_port:")
                .append(s.port())
                .append(nl)
                .append("uptime_in_seconds:")
                .append(s.uptimeSeconds())
                .append(nl)
                .append(nl)
                .append("# Clients")
                .append(nl)
                .append("connected_clients:")
                .append(s.clients())
                .append(nl)
                .append(nl)
                .append("# Memory")
                .append(nl)
                .append("used_memory:")
                .append(db.memory().used())
                .append(nl)
                .append("maxmemory:")
                .append(db.memory().max())
                .append(nl)
                .append("maxmemory_policy:noeviction")
                .append(nl)
                .append(nl)
                .append("# Stats")
                .append(nl)
                .append("total_connections_received:")
                .append(s.connectionsReceived())
                .append(nl)
                .append("total_commands_processed:")
                .append(s.commandsProcessed())
                .append(nl)
                .append(nl)
                .append("# Keyspace")
                .append(nl);
        if (db.size() > 0) {
            sb.append("db0:keys=")
                    .append(db.size())
                    .append(",expires=")
                    .append(db.volatileCount())
                    .append(",avg_ttl=0")
                    .append(nl);
        }
        c.reply().bulk(sb.toString());
    }

    /** CONFIG GET pattern...: each known parameter matching any pattern, once, as name-value pairs. */
    private static void configGet(Client c, Args a) {
        Options o = c.server().options();
        String[][] known = {
            {"save", "3600 1 300 100 60 10000"},
            {"appendonly", "no"},
            {"databases", "1"},
            {"port", Integer.toString(c.server().port())},
            {"maxmemory", Long.toString(o.maxMemory())},
            {"maxmemory-policy", "noeviction"},
        };
        boolean[] chosen = new boolean[known.length];
        int n = 0;
        for (int i = 2; i < a.count(); i++) {
            for (int k = 0; k < known.length; k++) {
                byte[] name = Bytes.ascii(known[k][0]);
                if (!chosen[k] && Glob.matches(a.buffer(i), a.offset(i), a.length(i), name, 0, name.length)) {
                    chosen[k] = true;
                    n++;
                }
            }
        }
        c.reply().array(2L * n);
        for (int k = 0; k < known.length; k++) {
            if (chosen[k]) {
                c.reply().bulk(known[k][0]);
                c.reply().bulk(known[k][1]);
            }
        }
    }

    /** CLIENT SETNAME: Redis allows only '!' to '~' in a name (validateClientName). */
    private static void setName(Client c, Args a) {
        byte[] b = a.buffer(2);
        for (int i = a.offset(2); i < a.offset(2) + a.length(2); i++) {
            if (b[i] < '!' || b[i] > '~') {
                c.reply().error("ERR Client names cannot contain spaces, newlines or special characters.");
                return;
            }
        }
        c.name(a.length(2) == 0 ? null : a.string(2));
        c.reply().ok();
    }

    private static void getName(Client c, Args a) {
        if (c.name() == null) {
            c.reply().nullBulk();
        } else {
            c.reply().bulk(c.name());
        }
    }
}
