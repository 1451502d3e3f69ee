package org.lectern.kernel.magic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenCoordinateTest {

    @Test
    void parsesTheThreeForms() throws Exception {
        assertEquals(new MavenCoordinate("org.apache.commons", "commons-lang3", "jar", "", "3.11"),
                MavenCoordinate.parse("org.apache.commons:commons-lang3:3.11"));
        assertEquals(new MavenCoordinate("g", "a", "pom", "", "1.0"), MavenCoordinate.parse("g:a:pom:1.0"));
        MavenCoordinate native_ = MavenCoordinate.parse("org.nd4j:nd4j-native:jar:linux-x86_64-avx2:1.0.0-M2.1");
        assertEquals("linux-x86_64-avx2", native_.classifier());
        assertEquals("org.nd4j:nd4j-native:jar:linux-x86_64-avx2:1.0.0-M2.1", native_.toString());
        assertEquals("org.apache.commons:commons-lang3:3.11",
                MavenCoordinate.parse("org.apache.commons:commons-lang3:3.11").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"commons-lang3", "g:a", "g::1.0", "g:a:b:c:d:e", "g:a:1.0</version><x>"})
    void rejectsWhatIsNotACoordinate(String text) {
        MagicException e = assertThrows(MagicException.class, () -> MavenCoordinate.parse(text));
        assertTrue(e.getMessage().startsWith("Bad Maven coordinate '" + text + "': expected group:artifact:version"),
                e.getMessage());
    }

    @Test
    void becomesAPomDependency() throws Exception {
        String pom = MavenResolver.pom(List.of(MavenCoordinate.parse("g:a:jar:linux:1.0")));
        assertTrue(pom.contains("<groupId>g</groupId>\n      <artifactId>a</artifactId>\n      <version>1.0</version>\n"
                + "      <type>jar</type>\n      <classifier>linux</classifier>"), pom);
    }
}
