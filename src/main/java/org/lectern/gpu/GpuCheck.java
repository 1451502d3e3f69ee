package org.lectern.gpu;

/**
 * {@code java org.lectern.gpu.GpuCheck}: exits 1 after printing why, if this is a CUDA build that
 * cannot use a GPU here; exits 0 silently otherwise. {@code ./lectern run} asks it before starting a kernel.
 */
public final class GpuCheck {
    private GpuCheck() {
    }

    /** Runs the check. */
    public static void main(String[] args) {
        CudaReadiness.problemHere(GpuCheck.class.getClassLoader()).ifPresent(problem -> {
            System.err.println("lectern: " + problem);
            System.exit(1);
        });
    }
}
