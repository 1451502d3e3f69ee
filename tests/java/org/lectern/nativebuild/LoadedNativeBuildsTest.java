package org.lectern.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LoadedNativeBuildsTest {
    private static final String CACHE = "/home/u/.javacpp/cache/nd4j-native-1.0.0-M2.1-linux-x86_64-avx2.jar/org/nd4j/linalg/cpu/nativecpu/bindings/";

    @Test
    void namesEachFolderHoldingAMappedNd4jLibraryOnce() {
        List<String> maps = List.of(
                "7f00-7f10 r--p 00000000 08:01 1 " + CACHE + "linux-x86_64-avx2/libnd4jcpu.so",
                "7f10-7f20 r-xp 00010000 08:01 1 " + CACHE + "linux-x86_64-avx2/libnd4jcpu.so",
                "7f20-7f30 r-xp 00000000 08:01 2 " + CACHE + "linux-x86_64-avx2/libjnind4jcpu.so",
                "7f30-7f40 r-xp 00000000 08:01 3 /home/u/.javacpp/cache/openblas-linux-x86_64.jar/org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
                "7f40-7f50 rw-p 00000000 00:00 0 ",
                "7f50-7f60 rw-p 00000000 00:00 0 [heap]");
        assertEquals(List.of("linux-x86_64-avx2"), LoadedNativeBuilds.fromMaps(maps.stream()));
    }

    @Test
    void twoBuildsMappedAreBothNamed() {
        Stream<String> maps = Stream.of("7f00-7f10 r-xp 0 08:01 1 /c/linux-x86_64-avx512/libnd4jcpu.so",
                "7f10-7f20 r-xp 0 08:01 2 /c/linux-x86_64-avx2/libjnind4jcpu.so");
        assertEquals(List.of("linux-x86_64-avx512", "linux-x86_64-avx2"), LoadedNativeBuilds.fromMaps(maps));
    }

    @Test
    void nothingMappedIsAnEmptyList() {
        assertEquals(List.of(), LoadedNativeBuilds.fromMaps(Stream.of("7f00-7f10 r-xp 0 08:01 1 /usr/lib/libc.so.6")));
    }
}
