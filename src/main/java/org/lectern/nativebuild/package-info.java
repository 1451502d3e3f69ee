/**
 * Which build of ND4J's native code (libnd4j) this process loads: the plain x86-64 one, the AVX2 one or
 * the AVX-512 one, all three shipped in {@code target/lib}. {@link org.lectern.nativebuild.NativeBuildSelector}
 * decides from the CPU's flags (and the {@code LECTERN_NATIVE_BUILD} override) before anything loads
 * JavaCPP, and {@link org.lectern.nativebuild.LoadedNativeBuilds} reports which one the process actually mapped.
 */
package org.lectern.nativebuild;
