/**
 * The notebook-facing entry of a lecture: {@link org.lectern.lecture.Lecture#start} prints the
 * backend, where the data is, the seed and the run mode, and seeds ND4J so runs repeat; and the
 * exercise checks, {@link org.lectern.lecture.Check}, which pass with a {@code PASS: ...} line or
 * fail with a one-line {@link org.lectern.lecture.CheckFailed} error.
 */
package org.lectern.lecture;
