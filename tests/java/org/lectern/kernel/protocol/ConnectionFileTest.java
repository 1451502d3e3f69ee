package org.lectern.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;

class ConnectionFileTest {
    private static final String GOOD = """
            {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004,
             "hb_port": 50005, "ip": "127.0.0.1", "key": "abc", "transport": "tcp",
             "signature_scheme": "hmac-sha256", "kernel_name": "lectern"}""";

    @Test
    void readsWhatJupyterWrites() {
        KernelConnectionProperties props = ConnectionFile.parse(GOOD, "test.json");
        assertEquals("127.0.0.1", props.getIp());
        assertEquals(50001, props.getShellPort());
        assertEquals(50005, props.getHbPort());
    }

    @Test
    void refusesIpcWithTheReasonAndTheFix() {
        String message = failure(GOOD.replace("\"tcp\"", "\"ipc\""));
        assertTrue(message.contains("transport 'ipc'") && message.contains("only 'tcp'"), message);
    }

    @Test
    void refusesAMissingPort() {
        assertEquals("connection file test.json has hb_port 0; a port must be between 1 and 65535",
                failure(GOOD.replace("\"hb_port\": 50005,", "")));
    }

    @Test
    void refusesAnUnknownSignatureScheme() {
        String message = failure(GOOD.replace("hmac-sha256", "rot13"));
        assertTrue(message.contains("signature_scheme 'rot13'"), message);
    }

    @Test
    void refusesBrokenJsonAndMissingFiles() {
        assertTrue(failure("{\"ip\": ").startsWith("connection file test.json is not valid JSON"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ConnectionFile.read(Path.of("/nonexistent/kernel-1.json")));
        assertTrue(missing.getMessage().contains("/nonexistent/kernel-1.json does not exist"), missing.getMessage());
    }

    private static String failure(String json) {
        return assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse(json, "test.json")).getMessage();
    }
}
