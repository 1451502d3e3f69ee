/**
 * {@code ./lectern bench}: the lecture workloads timed on Lectern's library and on a PyTorch peer
 * ({@code bench/peer.py}) in the same run. {@link org.lectern.bench.Bench} is the harness's entry
 * point; it starts one worker process per workload and side ({@link org.lectern.bench.WorkerMain}
 * for ours, the peer script for PyTorch), lets them take turns epoch by epoch, reads their memory
 * from {@code /proc}, measures the floor of the matrix products, runs the lecture-17 notebook, and
 * writes {@code BENCHMARKS.md} and a CSV of every sample. The pure parts (options, protocol,
 * statistics, report and CSV text, {@code /proc} parsing) are unit-tested; timings never are.
 */
package org.lectern.bench;
