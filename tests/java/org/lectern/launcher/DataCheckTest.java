package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.data.DataEnvironment;
import org.lectern.data.DataFiles;

class DataCheckTest {
    @TempDir
    Path home;

    @Test
    void emptyMachineReportsEveryFileMissingWithTheSetupCommand() {
        List<Finding> findings = DataCheck.run(new DataFiles(DataEnvironment.of(Map.of(), home, home.resolve("root"))));
        assertEquals(9, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.status() == Finding.Status.MISSING && f.fix().equals("./lectern setup")));
        assertEquals("mnist/train-images-idx3-ubyte", findings.get(0).topic());
        assertTrue(findings.get(0).detail().startsWith("missing; looked in "), findings.get(0).detail());
    }

    @Test
    void corruptFileNamesBothDigests() throws Exception {
        Path data = home.resolve("data");
        Files.createDirectories(data.resolve("mnist"));
        Files.writeString(data.resolve("mnist/train-labels-idx1-ubyte"), "not mnist");
        List<Finding> findings = DataCheck.run(new DataFiles(
                DataEnvironment.of(Map.of("LECTERN_DATA", data.toString()), home, home.resolve("root"))));
        Finding labels = findings.get(1);
        assertEquals(Finding.Status.MISSING, labels.status());
        assertTrue(labels.detail().contains("corrupt at"), labels.detail());
        assertTrue(labels.detail().contains("65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"), labels.detail());
        // SHA-256 of the nine bytes "not mnist"
        assertTrue(labels.detail().contains("SHA-256 " + sha256("not mnist")), labels.detail());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
    }
}
