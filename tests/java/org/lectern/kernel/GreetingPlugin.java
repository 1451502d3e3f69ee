package org.lectern.kernel;

import java.util.List;
import org.lectern.display.MimeType;
import org.lectern.display.NotebookPlugin;
import org.lectern.display.Renderers;

/** A plugin found only through a class loader made at test time, as if its jar had been added. */
public final class GreetingPlugin implements NotebookPlugin {
    /** The type the plugin renders. */
    public record Greeting(String name) {
    }

    @Override
    public void registerRenderers(Renderers renderers) {
        renderers.register(Greeting.class).preferring(MimeType.HTML)
                .with((greeting, out) -> out.put(MimeType.HTML, "<b>Hello " + greeting.name() + "</b>"));
    }

    @Override
    public List<String> imports() {
        return List.of("java.util.concurrent.*", "static org.lectern.display.Display.*");
    }
}
