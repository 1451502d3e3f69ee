package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.kernel.install.KernelSpec;

class ProcessWorkersTest {
    private final ProcessWorkers workers = new ProcessWorkers(Path.of("repo"), Path.of("logs"), Path.of("images"), Path.of("labels"));

    @Test
    void ourWorkerStartsWithTheKernelspecsJvmOptions() {
        KernelSpec spec = new KernelSpec(Path.of("/usr/bin/java"), ProcessWorkers.kernelHeap(), "lectern.jar");
        List<String> kernelOptions = new ArrayList<>();
        for (JsonElement arg : JsonParser.parseString(spec.json()).getAsJsonObject().getAsJsonArray("argv")) {
            kernelOptions.add(arg.getAsString());
        }
        // Between the java executable and -cp; the kernel's system properties concern its own sandbox and output.
        List<String> kernelJvm = kernelOptions.subList(1, kernelOptions.indexOf("-cp")).stream()
                .filter(option -> !option.startsWith("-D")).toList();

        List<String> command = workers.command(Side.OURS, Job.training(Workload.CLASSIFIER_100, 1000));
        List<String> workerJvm = command.subList(1, command.indexOf("-cp"));

        assertEquals(kernelJvm, workerJvm);
        assertEquals(WorkerMain.class.getName(), command.get(command.indexOf("-cp") + 2));
    }

    @Test
    void ourWorkerGetsTheKernelspecsEnvironment() {
        KernelSpec spec = new KernelSpec(Path.of("/usr/bin/java"), ProcessWorkers.kernelHeap(), "lectern.jar");
        Map<String, String> kernelEnvironment = new HashMap<>();
        JsonParser.parseString(spec.json()).getAsJsonObject().getAsJsonObject("env").entrySet()
                .forEach(entry -> kernelEnvironment.put(entry.getKey(), entry.getValue().getAsString()));
        // The harness exports OMP_WAIT_POLICY to both sides itself.
        assertEquals("PASSIVE", kernelEnvironment.remove("OMP_WAIT_POLICY"));

        Map<String, String> worker = new HashMap<>(ProcessWorkers.environment(Side.OURS));
        assertEquals(String.valueOf(ProcessWorkers.THREADS), worker.remove("OMP_NUM_THREADS"));
        assertEquals(kernelEnvironment, worker);
    }

    @Test
    void thePeerGetsTheSameThreadCount() {
        List<String> command = workers.command(Side.PYTORCH, Job.training(Workload.CLASSIFIER_100, 1000));

        assertEquals(ProcessWorkers.PYTHON, command.get(0));
        assertEquals(String.valueOf(ProcessWorkers.THREADS), command.get(command.indexOf("--threads") + 1));
    }
}
