package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./lectern setup} installs exactly the packages of binder/apt.txt, the list repo2docker installs for the
 * Binder image: run against a stub apt-get and dpkg-query (nothing installed) that record the install and stop it.
 */
class SetupAptListTest {
    private static final Path APT_TXT = Path.of("binder/apt.txt");

    @TempDir
    Path temp;

    /** Returns the packages of apt.txt as repo2docker reads them: each line up to '#', trimmed, blank lines skipped. */
    static List<String> aptTxt() throws IOException {
        List<String> packages = new ArrayList<>();
        for (String line : Files.readAllLines(APT_TXT)) {
            String name = line.split("#", 2)[0].strip();
            if (!name.isEmpty()) {
                packages.add(name);
            }
        }
        return packages;
    }

    @Test
    void withNothingInstalledSetupInstallsEveryPackageOfAptTxtInItsOrder() throws Exception {
        assertEquals(String.join(" ", aptTxt()), installed(List.of()));
    }

    @Test
    void aPackageMarkedUnlessItsCommandIsOnPathIsLeftOutWhenTheCommandIsThere() throws Exception {
        List<String> expected = new ArrayList<>(aptTxt());
        expected.removeAll(List.of("maven", "npm"));
        assertEquals(String.join(" ", expected), installed(List.of("mvn", "npm")));
    }

    @Test
    void aptTxtHoldsTheToolsBinderNeedsAndOnlyNamesRepo2dockerAccepts() throws Exception {
        List<String> packages = aptTxt();
        assertTrue(packages.containsAll(List.of("openjdk-17-jdk-headless", "maven", "npm", "dataset-fashion-mnist",
                "jupyter-client", "python3-nbclient")), packages.toString());
        packages.forEach(name -> assertTrue(name.matches("[a-z0-9.+-]+"), name));
    }

    /** Runs setup as "root" with the given extra commands on PATH; returns the packages it asked apt-get to install. */
    private String installed(List<String> commandsPresent) throws Exception {
        Path stubs = Files.createDirectories(temp.resolve("stubs"));
        Path log = temp.resolve("apt.log");
        stub(stubs.resolve("dpkg-query"), "exit 1");
        stub(stubs.resolve("id"), "echo 0");
        stub(stubs.resolve("apt-get"), "echo \"$*\" >> '" + log + "'\n[ \"$1\" = update ] && exit 0\nexit 3");
        for (String command : commandsPresent) {
            stub(stubs.resolve(command), "exit 0");
        }
        Path tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "grep")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool));
        }
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/bash", "lectern", "setup").redirectErrorStream(true);
        builder.environment().put("PATH", stubs + ":" + tools);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, process.exitValue(), "setup stops where the stub apt-get fails: " + output);
        List<String> calls = Files.readAllLines(log);
        assertEquals("update -qq", calls.get(0), calls.toString());
        String install = calls.get(1);
        String prefix = "install -y --no-install-recommends ";
        assertTrue(install.startsWith(prefix), install);
        return install.substring(prefix.length());
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
