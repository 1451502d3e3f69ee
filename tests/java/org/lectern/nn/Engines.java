package org.lectern.nn;

import java.util.List;

/** The engines every engine-independent test runs on. */
final class Engines {
    static final List<EngineFactory> BOTH = List.of(EngineFactory.dl4j(), EngineFactory.lean());

    private Engines() {
    }
}
