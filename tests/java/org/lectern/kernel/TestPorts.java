package org.lectern.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** Five free TCP ports on 127.0.0.1 and the connection properties naming them. */
record TestPorts(int shell, int control, int iopub, int stdin, int hb) {

    /** Returns five ports that were free a moment ago. */
    static TestPorts free() {
        int[] ports = new int[5];
        ServerSocket[] sockets = new ServerSocket[5];
        try {
            for (int i = 0; i < 5; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestPorts(ports[0], ports[1], ports[2], ports[3], ports[4]);
    }

    /** Returns connection properties for these ports on 127.0.0.1, signed with {@code key}. */
    KernelConnectionProperties properties(String key) {
        return new KernelConnectionProperties("127.0.0.1", control, shell, stdin, hb, iopub, "tcp", "hmac-sha256", key);
    }
}
