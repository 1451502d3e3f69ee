package org.lectern.kernel.protocol;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Reads the connection file Jupyter hands a kernel ({@code {connection_file}} in kernel.json) and
 * checks it before any socket is bound, so a bad file fails with a message instead of a ZMQ error.
 */
public final class ConnectionFile {
    private ConnectionFile() {
    }

    /** Returns the checked properties of a connection file; throws IllegalArgumentException saying what is wrong. */
    public static KernelConnectionProperties read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("connection file " + file + " does not exist; Jupyter passes it as "
                    + "{connection_file} in kernel.json, so start the kernel from Jupyter or give an existing file");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read connection file " + file + ": " + e, e);
        }
        return parse(json, file.toString());
    }

    /** Returns the checked properties of connection-file JSON; {@code source} names it in error messages. */
    public static KernelConnectionProperties parse(String json, String source) {
        KernelConnectionProperties props;
        try {
            props = KernelConnectionProperties.parse(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("connection file " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (props == null) {
            throw new IllegalArgumentException("connection file " + source + " is empty");
        }
        if (!"tcp".equals(props.getTransport())) {
            throw new IllegalArgumentException("connection file " + source + " asks for transport '" + props.getTransport()
                    + "'; Lectern supports only 'tcp' (JeroMQ has no Unix-socket transport), so start Jupyter with the "
                    + "default transport");
        }
        if (props.getIp() == null || props.getIp().isBlank()) {
            throw new IllegalArgumentException("connection file " + source + " has no 'ip' to listen on");
        }
        checkPort(source, "shell_port", props.getShellPort());
        checkPort(source, "control_port", props.getControlPort());
        checkPort(source, "iopub_port", props.getIopubPort());
        checkPort(source, "stdin_port", props.getStdinPort());
        checkPort(source, "hb_port", props.getHbPort());
        try {
            props.createHMACGenerator();
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("connection file " + source + " has a key but signature_scheme '"
                    + props.getSignatureScheme() + "' is not a usable HMAC scheme (Jupyter writes 'hmac-sha256')", e);
        }
        return props;
    }

    private static void checkPort(String source, String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("connection file " + source + " has " + name + " " + port
                    + "; a port must be between 1 and 65535");
        }
    }
}
