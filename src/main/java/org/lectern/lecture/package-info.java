/**
 * The notebook-facing entry of a lecture: {@link org.lectern.lecture.Lecture#start} prints the
 * backend, where the data is, the seed and the run mode, and seeds ND4J so runs repeat.
 */
package org.lectern.lecture;
