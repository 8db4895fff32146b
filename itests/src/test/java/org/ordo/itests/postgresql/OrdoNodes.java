package org.ordo.itests.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ordo.itests.email.MailServer;
import org.ordo.itests.support.KarafProcess;
import org.ordo.itests.support.PostgresServer;

/**
 * Several Ordo distributions on their own ports sharing one fresh PostgreSQL database and one SMTP
 * server, configured as README's "Production database" and "Several nodes" say: each node has its
 * own name for the work it claims, and auto-expiry is on (every second) on all of them.
 */
final class OrdoNodes implements AutoCloseable {
    private final List<KarafProcess> nodes = new ArrayList<>();
    private final MailServer mail = new MailServer();
    private boolean failed;

    OrdoNodes(int count) {
        mail.start();
        String database = PostgresServer.shared().newDatabase();
        for (int i = 0; i < count; i++) {
            KarafProcess node = KarafProcess.unpack();
            String name = "node-" + (char) ('a' + i);
            node.usePostgresql(database);
            Map.of("transport", "smtp", "smtp.host", "127.0.0.1", "smtp.port", String.valueOf(mail.port()))
                    .forEach((key, value) -> node.configure("etc/org.ordo.email.cfg", key, value));
            node.configure("etc/org.ordo.email.sender-main.cfg", "node", name);
            node.configure("etc/org.ordo.email.sender-main.cfg", "pollSeconds", "1");
            node.configure("etc/org.ordo.core.events.cfg", "node", name);
            node.configure("etc/org.ordo.lifecycle.expiry.cfg", "autoCancel", "true");
            node.configure("etc/org.ordo.lifecycle.expiry.cfg", "intervalSeconds", "1");
            nodes.add(node);
        }
    }

    /**
     * Starts the nodes one after the other: the first creates the schema on the empty database, as
     * README asks for a first start.
     */
    OrdoNodes start() {
        for (KarafProcess node : nodes) {
            node.start();
            node.awaitReady();
        }
        return this;
    }

    KarafProcess node(int index) {
        return nodes.get(index);
    }

    int port(int index) {
        return nodes.get(index).httpPort();
    }

    MailServer mail() {
        return mail;
    }

    /** The nodes' log tails, for a failure's message. */
    String logs() {
        StringBuilder logs = new StringBuilder();
        for (KarafProcess node : nodes) {
            logs.append("\n--- ").append(node.log()).append('\n').append(node.logTail(40));
        }
        return logs.toString();
    }

    /** Keeps the nodes' folders (logs, data) under target/crash for a look after the run. */
    void failed() {
        failed = true;
    }

    @Override
    public void close() {
        nodes.forEach(KarafProcess::destroy);
        if (!failed && !Boolean.getBoolean("ordo.itest.keep")) {
            nodes.forEach(KarafProcess::remove);
        }
        mail.stop();
    }
}
