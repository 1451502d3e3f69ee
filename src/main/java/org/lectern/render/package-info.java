/**
 * The lecture library's side of notebook display: renderers for XChart charts, Tablesaw tables
 * and ND4J arrays, registered by {@link org.lectern.render.LecternPlugin} through
 * {@code META-INF/services/org.lectern.display.NotebookPlugin}. Depends on the display API,
 * never on the kernel.
 */
package org.lectern.render;
