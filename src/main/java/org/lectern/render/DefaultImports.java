package org.lectern.render;

import java.util.List;

/**
 * The imports every notebook starts with, kept to those whose package or class is on the class
 * path: JShell rejects the whole import of a package that does not exist.
 */
final class DefaultImports {
    /** Everything a lecture notebook uses, as written after {@code import}. */
    static final List<String> WANTED = List.of(
            "org.lectern.display.*",
            "static org.lectern.display.Display.*",
            "org.lectern.data.*",
            "org.lectern.lecture.*",
            "org.lectern.plot.*",
            "org.lectern.nn.*",
            "org.lectern.train.*",
            "org.lectern.optim.*",
            "org.lectern.coordinates.*",
            "org.knowm.xchart.*",
            "org.knowm.xchart.style.*",
            "tech.tablesaw.api.*",
            "org.nd4j.linalg.factory.Nd4j",
            "org.nd4j.linalg.api.ndarray.INDArray",
            "org.nd4j.linalg.api.buffer.DataType",
            "org.nd4j.linalg.indexing.NDArrayIndex",
            "org.nd4j.linalg.ops.transforms.Transforms",
            "org.nd4j.linalg.activations.Activation",
            "org.nd4j.linalg.learning.config.*",
            "org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction");

    private DefaultImports() {
    }

    /** Returns the wanted imports whose target the loader can find, in the order above. */
    static List<String> available(ClassLoader loader) {
        return WANTED.stream().filter(target -> exists(loader, target)).toList();
    }

    /**
     * Returns true if the loader has what the import names: the package of {@code a.b.*}, the
     * top-level class of {@code a.b.C} or the class of {@code static a.b.C.*}. Checked through
     * resources, so nothing is loaded or initialised.
     */
    static boolean exists(ClassLoader loader, String target) {
        if (target.startsWith("static ")) {
            String member = target.substring("static ".length());
            return classExists(loader, member.substring(0, member.lastIndexOf('.')));
        }
        if (target.endsWith(".*")) {
            String path = target.substring(0, target.length() - 2).replace('.', '/');
            // A directory entry (class folders; jars as Maven builds them) or a package-info class.
            return loader.getResource(path + "/") != null || loader.getResource(path + "/package-info.class") != null;
        }
        return classExists(loader, target);
    }

    // a.b.C.D may be the nested class a/b/C$D.class: try each split of the name into package and classes.
    private static boolean classExists(ClassLoader loader, String className) {
        String path = className.replace('.', '/');
        for (int cut = path.length(); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
            String candidate = path.substring(0, cut) + path.substring(cut).replace('/', '$');
            if (loader.getResource(candidate + ".class") != null) {
                return true;
            }
        }
        return false;
    }
}
