/**
 * Running notebook cells: the {@link org.lectern.kernel.execution.CellEvaluator} seam the Jupyter
 * protocol layer talks to, and its JShell implementation
 * {@link org.lectern.kernel.execution.JShellEvaluator}, which runs cells inside the kernel's JVM,
 * reports failures as {@link org.lectern.kernel.execution.CellException}s with cell line numbers,
 * and dispatches magics from {@link org.lectern.kernel.magic}.
 */
package org.lectern.kernel.execution;
