package org.lectern.testing;

import java.util.Optional;
import org.lectern.gpu.CudaReadiness;

/** Which ND4J backend the tests were built with (mvn package or mvn -Pcuda package), found without starting ND4J. */
public final class BuildUnderTest {
    private static final String CUDA_BACKEND_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";

    private BuildUnderTest() {
    }

    /** Returns whether the tests run on the CUDA build. */
    public static boolean isCuda() {
        return BuildUnderTest.class.getClassLoader().getResource(CUDA_BACKEND_CLASS) != null;
    }

    /** Returns the banner lines the plugin adds on this build and machine after the backend line. */
    public static Optional<String> gpuBannerLine() {
        return CudaReadiness.problemHere(BuildUnderTest.class.getClassLoader()).map(problem -> "GPU: " + problem);
    }
}
