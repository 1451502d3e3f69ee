package org.lectern.kernel;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.display.Display;
import org.lectern.display.NotebookPlugin;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.protocol.KernelConnection;

/** A Lectern kernel served in-process on free local ports, with a connected {@link KernelClient}. */
final class TestKernel implements AutoCloseable {
    final String key = UUID.randomUUID().toString();
    final TestPorts ports = TestPorts.free();
    final LecternKernel kernel;
    final KernelConnection connection;
    final KernelClient client;

    private TestKernel(Function<List<String>, CellEvaluator> evaluators, List<NotebookPlugin> plugins) {
        kernel = LecternKernel.builder().evaluator(evaluators).plugins(plugins).build();
        connection = KernelConnection.create(ports.properties(key));
        kernel.serve(connection);
        connection.bind();
        client = new KernelClient(ports, key);
        client.awaitReady(Duration.ofSeconds(10));
    }

    /** Starts a kernel over a scripted evaluator, without plugins. */
    static TestKernel start(ScriptedEvaluator evaluator) {
        return new TestKernel(imports -> evaluator, List.of());
    }

    /** Starts a kernel whose evaluator comes from a factory, with the given plugins. */
    static TestKernel start(Function<List<String>, CellEvaluator> evaluators, List<NotebookPlugin> plugins) {
        return new TestKernel(evaluators, plugins);
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        connection.close(2000);
        kernel.close();
        Display.disconnect();
    }
}
