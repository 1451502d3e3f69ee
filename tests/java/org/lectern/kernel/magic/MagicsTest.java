package org.lectern.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagicsTest {

    @Test
    void theStandardSetHasTheIJavaMagics() {
        Magics magics = Magics.standard();
        assertEquals(Set.of("classpath", "jars", "maven", "load", "time", "lsmagic"), magics.lineNames());
        assertEquals(Set.of("time"), magics.cellNames());
        assertInstanceOf(TimeMagic.class, magics.cell("time").orElseThrow());
        assertEquals(List.of("classpath", "jars", "load", "lsmagic", "maven", "time"), List.copyOf(magics.lineNames()),
                "names are sorted");
    }

    @Test
    void anUnknownMagicIsNamedAndTheKnownOnesListed() {
        Magics magics = Magics.standard();
        MagicException line = assertThrows(MagicException.class, () -> magics.requireLine("mavne"));
        assertEquals("Unknown line magic %mavne. Line magics: %classpath, %jars, %load, %lsmagic, %maven, %time;"
                + " cell magics: %%time.", line.getMessage());
        MagicException cell = assertThrows(MagicException.class, () -> magics.requireCell("bash"));
        assertTrue(cell.getMessage().startsWith("Unknown cell magic %%bash. Line magics: %classpath"), cell.getMessage());
    }

    @Test
    void aBuilderAddsAndReplacesByName() {
        LineMagic hello = (context, args) -> "hello " + args;
        Magics magics = Magics.standard().toBuilder().line("hello", hello).line("time", hello).build();
        assertEquals(hello, magics.line("hello").orElseThrow());
        assertEquals(hello, magics.line("time").orElseThrow());
        assertInstanceOf(TimeMagic.class, magics.cell("time").orElseThrow(), "the cell magic of that name stays");
        assertEquals("Line magics: none; cell magics: none.", Magics.builder().build().listing());
    }

    @Test
    void badNamesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Magics.builder().line("%time", (c, a) -> null));
        assertTrue(e.getMessage().startsWith("Bad magic name '%time'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Magics.builder().cell("two words", (c, a, b) -> null));
    }
}
