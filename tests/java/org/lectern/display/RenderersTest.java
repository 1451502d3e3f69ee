package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderersTest {
    interface Shape {
    }

    interface Named {
    }

    static class Base implements Shape {
        @Override
        public String toString() {
            return "a base";
        }
    }

    static class Derived extends Base {
    }

    static class NamedDerived extends Derived implements Named {
    }

    static class Circle implements Shape {
    }

    static class Unregistered {
        @Override
        public String toString() {
            return "plain";
        }
    }

    static class BrokenToString {
        @Override
        public String toString() {
            throw new IllegalStateException("no text");
        }
    }

    private Renderers renderers;

    @BeforeEach
    void setUp() {
        renderers = new Renderers()
                .register(Shape.class).preferring(MimeType.HTML).with((v, out) -> out.put(MimeType.HTML, "shape"))
                .register(Base.class).preferring(MimeType.HTML).with((v, out) -> out.put(MimeType.HTML, "base"))
                .register(Named.class).preferring(MimeType.HTML).with((v, out) -> out.put(MimeType.HTML, "named"));
    }

    @Test
    void aValueUsesTheRendererOfItsNearestSuperclass() {
        assertEquals("base", renderers.render(new Derived()).get(MimeType.HTML));
    }

    @Test
    void anInterfaceMatchesWhenNoClassInTheChainIsRegistered() {
        assertEquals("shape", renderers.render(new Circle()).get(MimeType.HTML));
    }

    @Test
    void aDirectInterfaceIsNearerThanAGrandparentClass() {
        assertEquals("named", renderers.render(new NamedDerived()).get(MimeType.HTML));
    }

    @Test
    void theExactClassWinsOverItsInterface() {
        assertEquals("base", renderers.render(new Base()).get(MimeType.HTML));
    }

    @Test
    void aLaterRegistrationForTheSameTypeReplacesTheEarlierOne() {
        renderers.register(Base.class).preferring(MimeType.HTML).with((v, out) -> out.put(MimeType.HTML, "base 2"));
        assertEquals("base 2", renderers.render(new Base()).get(MimeType.HTML));
    }

    @Test
    void textPlainIsAlwaysPresent() {
        MimeBundle bundle = renderers.render(new Base());
        assertEquals("a base", bundle.get(MimeType.TEXT));
        assertEquals(Set.of(MimeType.HTML, MimeType.TEXT), bundle.data().keySet());
    }

    @Test
    void aRendererThatWritesTextKeepsItsOwnText() {
        renderers.register(Base.class).with((v, out) -> out.put(MimeType.TEXT, "custom text"));
        assertEquals("custom text", renderers.render(new Base()).plainText());
    }

    @Test
    void aValueWithoutRendererIsTextOnly() {
        MimeBundle bundle = renderers.render(new Unregistered());
        assertEquals(Map.of(MimeType.TEXT, "plain"), bundle.data());
        assertFalse(renderers.handles(Unregistered.class));
        assertTrue(renderers.handles(NamedDerived.class));
    }

    @Test
    void nullRendersAsTheTextNull() {
        assertEquals(Map.of(MimeType.TEXT, "null"), renderers.render(null).data());
        assertEquals(Map.of(MimeType.TEXT, "null"), renderers.render(null, MimeType.PNG).data());
    }

    @Test
    void aToStringThatThrowsIsDescribedInsteadOfPropagated() {
        String text = renderers.render(new BrokenToString()).plainText();
        assertTrue(text.startsWith(BrokenToString.class.getName() + " (toString failed: java.lang.IllegalStateException: no text"), text);
    }

    static final class Picture {
    }

    /** Registers Picture preferring PNG and supporting SVG; records what each call was asked for. */
    private List<Set<String>> registerPicture() {
        List<Set<String>> asked = new ArrayList<>();
        renderers.register(Picture.class).preferring(MimeType.PNG).supporting(MimeType.SVG).with((v, out) -> {
            asked.add(out.wanted());
            for (String type : out.wanted()) {
                out.put(type, "data for " + type);
            }
        });
        return asked;
    }

    @Test
    void withoutRequestedTypesOnlyThePreferredOnesAreRendered() {
        List<Set<String>> asked = registerPicture();
        MimeBundle bundle = renderers.render(new Picture());
        assertEquals(List.of(Set.of(MimeType.PNG)), asked);
        assertEquals(Set.of(MimeType.PNG, MimeType.TEXT), bundle.data().keySet());
    }

    @Test
    void requestedTypesReplaceThePreferredOnes() {
        List<Set<String>> asked = registerPicture();
        MimeBundle bundle = renderers.render(new Picture(), MimeType.SVG);
        assertEquals(List.of(Set.of(MimeType.SVG)), asked);
        assertEquals("data for " + MimeType.SVG, bundle.get(MimeType.SVG));
        assertFalse(bundle.has(MimeType.PNG));
        assertTrue(bundle.has(MimeType.TEXT));
    }

    @Test
    void requestedTypesTheRendererDoesNotSupportAreNotAskedFor() {
        List<Set<String>> asked = registerPicture();
        MimeBundle bundle = renderers.render(new Picture(), MimeType.HTML, MimeType.SVG, MimeType.SVG);
        assertEquals(List.of(Set.of(MimeType.SVG)), asked);
        assertEquals(Set.of(MimeType.SVG, MimeType.TEXT), bundle.data().keySet());
    }

    @Test
    void aNullRequestedTypeIsRejectedWithAHint() {
        registerPicture();
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> renderers.render(new Picture(), MimeType.PNG, null));
        assertEquals("a requested MIME type is null; pass constants such as MimeType.PNG", e.getMessage());
    }

    @Test
    void aRendererThatThrowsFallsBackToTextAndSaysWhy() {
        renderers.register(Base.class).preferring(MimeType.HTML).with((v, out) -> {
            out.put(MimeType.HTML, "half done");
            throw new IllegalStateException("boom");
        });
        MimeBundle bundle = renderers.render(new Base());
        assertEquals(Set.of(MimeType.TEXT), bundle.data().keySet());
        assertEquals("a base\n[Lectern: the renderer for " + Base.class.getName()
                + " failed (java.lang.IllegalStateException: boom); showing text instead]", bundle.plainText());
    }

    @Test
    void aRendererThatFailsToLinkAlsoFallsBack() {
        renderers.register(Base.class).with((v, out) -> {
            throw new NoClassDefFoundError("org/missing/Library");
        });
        assertTrue(renderers.render(new Base()).plainText().contains("NoClassDefFoundError: org/missing/Library"));
    }

    @Test
    void aPluginThatThrowsDuringRegistrationIsSkippedAndReported() {
        NotebookPlugin broken = new NotebookPlugin() {
            @Override
            public void registerRenderers(Renderers r) {
                throw new IllegalStateException("cannot register");
            }
        };
        NotebookPlugin working = new NotebookPlugin() {
            @Override
            public void registerRenderers(Renderers r) {
                r.register(Unregistered.class).preferring(MimeType.HTML).with((v, out) -> out.put(MimeType.HTML, "works"));
            }
        };
        String err = StreamCapture.err(() -> renderers.install(List.of(broken, working)));
        assertEquals("works", renderers.render(new Unregistered()).get(MimeType.HTML));
        assertTrue(err.contains("plugin " + broken.getClass().getName() + " could not register its renderers"), err);
        assertTrue(err.contains("IllegalStateException: cannot register"), err);
    }

    @Test
    void theStandardRegistryEncodesImagesAsPng() throws IOException {
        BufferedImage image = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        MimeBundle bundle = Renderers.standard(getClass().getClassLoader()).render(image);
        byte[] png = Base64.getDecoder().decode((String) bundle.get(MimeType.PNG));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(7, decoded.getWidth());
        assertEquals(5, decoded.getHeight());
        assertEquals("BufferedImage 7x5", bundle.plainText());
    }

    @Test
    void aMimeBundleCannotChangeAfterConstruction() {
        Map<String, Object> data = new HashMap<>(Map.of(MimeType.TEXT, "x"));
        Map<String, Object> pngMetadata = new HashMap<>(Map.of("width", 10));
        Map<String, Map<String, Object>> metadata = new HashMap<>(Map.of(MimeType.PNG, pngMetadata));
        MimeBundle bundle = new MimeBundle(data, metadata);

        data.put(MimeType.HTML, "<b>x</b>");
        pngMetadata.put("width", 20);
        metadata.put(MimeType.SVG, Map.of());

        assertEquals(Map.of(MimeType.TEXT, "x"), bundle.data());
        assertEquals(Map.of(MimeType.PNG, Map.of("width", 10)), bundle.metadata());
        assertThrows(UnsupportedOperationException.class, () -> bundle.data().put(MimeType.HTML, "y"));
        assertThrows(UnsupportedOperationException.class, () -> bundle.metadata().put(MimeType.SVG, Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> bundle.metadata().get(MimeType.PNG).put("height", 1));
    }

    @Test
    void aBundleTakenFromAContextDoesNotSeeLaterPuts() {
        RenderContext context = new RenderContext(Set.of(MimeType.PNG));
        context.put(MimeType.TEXT, "first");
        MimeBundle bundle = context.toBundle();
        context.put(MimeType.HTML, "later").putMetadata(MimeType.HTML, "isolated", true);
        assertEquals(Map.of(MimeType.TEXT, "first"), bundle.data());
        assertEquals(Map.of(), bundle.metadata());
    }
}
