package org.lectern.kernel.output;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.lectern.display.MimeBundle;

/** Converts Lectern's {@link MimeBundle} to the display data jjava writes into messages. */
public final class JupyterDisplayData {
    private JupyterDisplayData() {
    }

    /** Returns the bundle's data and per-MIME-type metadata as jjava display data. */
    public static DisplayData of(MimeBundle bundle) {
        DisplayData data = new DisplayData();
        bundle.data().forEach(data::putData);
        bundle.metadata().forEach(data::putMetaData);
        return data;
    }

    /** Returns the bundle as display data carrying {@code transient.display_id}. */
    public static DisplayData of(MimeBundle bundle, String displayId) {
        DisplayData data = of(bundle);
        data.setDisplayId(displayId);
        return data;
    }
}
