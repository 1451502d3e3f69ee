package org.lectern.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.execution.JShellEvaluator;
import org.lectern.kernel.protocol.ConnectionFile;
import org.lectern.kernel.protocol.KernelConnection;
import org.zeromq.ZMQException;

/**
 * Starts the Lectern kernel: {@code java ... org.lectern.kernel.KernelMain CONNECTION_FILE}, as
 * Jupyter does from kernel.json. Binds the sockets first and builds the evaluator beside them, so
 * the kernel answers {@code kernel_info} while JShell is still starting.
 */
public final class KernelMain {
    // How long a cell may keep the shell thread after shutdown_request before the JVM exits anyway.
    private static final long SHUTDOWN_GRACE_MS = 2000;

    private KernelMain() {
    }

    /** Runs the kernel for the connection file Jupyter passes and exits with {@link #run}'s status. */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, imports -> JShellEvaluator.builder().imports(imports).build()));
    }

    /**
     * Runs a kernel for the connection file in {@code args[0]} until a shutdown request; returns the
     * process exit status (0 after a shutdown request, 2 for bad arguments, 1 if it cannot listen).
     */
    static int run(String[] args, Function<List<String>, CellEvaluator> evaluatorFactory) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: java -cp lectern.jar:lib/* org.lectern.kernel.KernelMain CONNECTION_FILE\n"
                    + "Jupyter starts the kernel this way (see kernel.json); to install it run ./lectern setup");
            return 2;
        }
        KernelConnectionProperties props;
        try {
            props = ConnectionFile.read(Path.of(args[0]));
        } catch (IllegalArgumentException e) {
            System.err.println("Lectern kernel: " + e.getMessage());
            return 2;
        }
        LecternKernel kernel = LecternKernel.builder().evaluator(evaluatorFactory).build();
        KernelConnection connection = KernelConnection.create(props);
        kernel.serve(connection);
        try {
            connection.bind();
        } catch (ZMQException e) {
            System.err.println("Lectern kernel: cannot listen on " + props.getIp() + " (ports " + props.getShellPort()
                    + ", " + props.getIopubPort() + ", " + props.getStdinPort() + ", " + props.getControlPort() + ", "
                    + props.getHbPort() + "): " + e.getMessage() + "; is another kernel using this connection file?");
            return 1;
        }
        InterruptSignal.install(kernel::interrupt);
        connection.awaitShutdownRequest();
        if (connection.close(SHUTDOWN_GRACE_MS)) {
            kernel.close();
        }
        return 0;
    }
}
