package dev.jcompose.loader.bind;

import dev.jcompose.model.GoDuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DurationAndSizeParsingTest {

    @ParameterizedTest
    @CsvSource({"1m30s,90000", "500ms,500", "1h,3600000", "10s,10000", "1.5s,1500", "0,0", "2d,172800000",
            "1h2m3s4ms,3723004", "1w,604800000", ".5s,500"})
    void parsesGoDurations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), GoDurationParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "soon", "1x", "", "1m30", "s"})
    void rejectsInvalidDurations(String text) {
        assertNull(GoDurationParser.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"90000,1m30s", "10000,10s", "3600000,1h0m0s", "500,500ms", "1500,1.5s", "0,0s", "3723004,1h2m3.004s"})
    void formatsLikeGo(long millis, String expected) {
        assertEquals(expected, GoDuration.format(Duration.ofMillis(millis)));
    }

    @ParameterizedTest
    @CsvSource({"1024,1024", "1k,1024", "512m,536870912", "1g,1073741824", "1.5g,1610612736", "2GB,2147483648",
            "100b,100", "1Ki,1024", "3 M,3145728"})
    void parsesByteSizes(String text, long bytes) {
        assertEquals(bytes, ByteSizeParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "1x", "-1m", "", "m"})
    void rejectsInvalidByteSizes(String text) {
        assertNull(ByteSizeParser.parse(text));
    }
}
