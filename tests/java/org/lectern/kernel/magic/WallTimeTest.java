package org.lectern.kernel.magic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WallTimeTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0 ns",
            "512, 512 ns",
            "100, 100 ns",
            "1500, 1.5 µs",
            "999999, 1 ms",
            "12345678, 12.3 ms",
            "120000000, 120 ms",
            "2345000000, 2.35 s",
            "59400000000, 59.4 s",
            "75000000000, 1min 15s",
            "3723000000000, 1h 2min 3s"})
    void formatsWithThreeSignificantDigitsAndAUnit(long nanos, String expected) {
        assertEquals(expected, WallTime.format(Duration.ofNanos(nanos)));
    }
}
