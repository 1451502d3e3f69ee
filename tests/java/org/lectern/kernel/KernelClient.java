package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A minimal Jupyter client for tests: signs and sends requests on shell/control, reads replies and
 * IOPub messages, and checks the signature of everything the kernel sends.
 */
final class KernelClient implements AutoCloseable {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** One received message. */
    record Msg(JsonObject header, JsonObject parent, JsonObject metadata, JsonObject content) {
        String type() {
            return header.get("msg_type").getAsString();
        }

        String parentId() {
            return parent.has("msg_id") ? parent.get("msg_id").getAsString() : null;
        }
    }

    private final ZMQ.Context context = ZMQ.context(1);
    private final String key;
    private final String session = UUID.randomUUID().toString();
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket iopub;

    KernelClient(TestPorts ports, String key) {
        this.key = key;
        shell = connect(SocketType.DEALER, ports.shell());
        control = connect(SocketType.DEALER, ports.control());
        iopub = context.socket(SocketType.SUB);
        iopub.subscribe(new byte[0]);
        iopub.connect("tcp://127.0.0.1:" + ports.iopub());
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket socket = context.socket(type);
        socket.setLinger(0);
        socket.connect("tcp://127.0.0.1:" + port);
        return socket;
    }

    /**
     * Waits until the kernel answers on shell and IOPub delivers (PUB/SUB drops messages sent before the
     * subscription is live). A kernel_info request without a reply within 2 s is sent again: a CI run once lost
     * the first one while the sockets were still connecting.
     */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String id = send(shell, "kernel_info_request", new JsonObject());
            if (replyOrNull(shell, id, Duration.ofSeconds(2)) == null) {
                continue;
            }
            Msg status = nextIopub(Duration.ofMillis(200));
            if (status != null) {
                drainIopub(Duration.ofMillis(100));
                return;
            }
        }
        throw new AssertionError("the kernel did not answer kernel_info on shell, or IOPub delivered nothing, within " + timeout);
    }

    /** Sends a request signed with the kernel's key and returns its msg_id. */
    String send(ZMQ.Socket socket, String type, JsonObject content) {
        return send(socket, type, content, key);
    }

    /** Sends a request signed with {@code signingKey} (which may be wrong) and returns its msg_id. */
    String send(ZMQ.Socket socket, String type, JsonObject content, String signingKey) {
        String id = UUID.randomUUID().toString();
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", id);
        header.addProperty("username", "test");
        header.addProperty("session", session);
        header.addProperty("date", DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        sendParts(socket, signingKey, header.toString(), "{}", "{}", content.toString());
        return id;
    }

    /** Sends header, parent header, metadata and content as given (even if not JSON), signed with {@code signingKey}. */
    void sendParts(ZMQ.Socket socket, String signingKey, String header, String parent, String metadata, String content) {
        byte[][] parts = {bytes(header), bytes(parent), bytes(metadata), bytes(content)};
        socket.sendMore(DELIMITER);
        socket.sendMore(sign(signingKey, parts));
        socket.sendMore(parts[0]);
        socket.sendMore(parts[1]);
        socket.sendMore(parts[2]);
        socket.send(parts[3]);
    }

    /** Sends an execute_request for {@code code} on shell and returns its msg_id. */
    String execute(String code) {
        return execute(code, false);
    }

    /** Sends an execute_request, optionally silent, and returns its msg_id. */
    String execute(String code, boolean silent) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        content.addProperty("silent", silent);
        content.addProperty("store_history", !silent);
        content.add("user_expressions", new JsonObject());
        content.addProperty("allow_stdin", false);
        content.addProperty("stop_on_error", true);
        return send(shell, "execute_request", content);
    }

    /** Returns the reply to {@code id} on a socket, skipping replies to other requests; fails after the timeout. */
    Msg reply(ZMQ.Socket socket, String id, Duration timeout) {
        Msg msg = replyOrNull(socket, id, timeout);
        if (msg == null) {
            throw new AssertionError("no reply to " + id + " within " + timeout);
        }
        return msg;
    }

    /** Returns the reply to {@code id} on a socket, skipping replies to other requests, or null after the timeout. */
    Msg replyOrNull(ZMQ.Socket socket, String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Msg msg = receive(socket, Duration.between(Instant.now(), deadline));
            if (msg == null || id.equals(msg.parentId())) {
                return msg;
            }
        }
    }

    /** Returns the next message on a socket, or null if none comes within the timeout. */
    Msg receive(ZMQ.Socket socket, Duration timeout) {
        socket.setReceiveTimeOut((int) Math.max(1, timeout.toMillis()));
        List<byte[]> frames = new ArrayList<>();
        byte[] frame = socket.recv();
        if (frame == null) {
            return null;
        }
        frames.add(frame);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        int at = 0;
        while (!java.util.Arrays.equals(frames.get(at), DELIMITER)) {
            at++;
        }
        byte[][] parts = {frames.get(at + 2), frames.get(at + 3), frames.get(at + 4), frames.get(at + 5)};
        assertEquals(new String(sign(key, parts), StandardCharsets.US_ASCII),
                new String(frames.get(at + 1), StandardCharsets.US_ASCII), "the kernel's signature");
        return new Msg(json(parts[0]), json(parts[1]), json(parts[2]), json(parts[3]));
    }

    /** Returns the next IOPub message, or null. */
    Msg nextIopub(Duration timeout) {
        return receive(iopub, timeout);
    }

    /** Returns the IOPub messages of request {@code id} after its busy status, up to its idle status (excluded). */
    List<Msg> iopubUntilIdle(String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Msg> messages = new ArrayList<>();
        while (true) {
            Msg msg = nextIopub(Duration.between(Instant.now(), deadline));
            if (msg == null) {
                throw new AssertionError("no idle status for " + id + " within " + timeout + "; got " + messages);
            }
            if (!id.equals(msg.parentId())) {
                continue;
            }
            if (msg.type().equals("status")) {
                if (msg.content().get("execution_state").getAsString().equals("idle")) {
                    return messages;
                }
                continue;
            }
            messages.add(msg);
        }
    }

    /** Discards IOPub messages until none arrives for {@code quiet}. */
    void drainIopub(Duration quiet) {
        while (nextIopub(quiet) != null) {
            // discard
        }
    }

    private static byte[] sign(String key, byte[][] parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject json(byte[] bytes) {
        return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Override
    public void close() {
        shell.close();
        control.close();
        iopub.close();
        context.term();
    }
}
