/**
 * Notebook magics: {@code %name args} line magics and {@code %%name args} cell magics, each a
 * small class behind the {@link org.lectern.kernel.magic.LineMagic} or
 * {@link org.lectern.kernel.magic.CellMagic} interface, registered by name in
 * {@link org.lectern.kernel.magic.Magics}. Magics reach the evaluator only through
 * {@link org.lectern.kernel.magic.MagicContext}; this package depends on the JDK alone.
 */
package org.lectern.kernel.magic;
