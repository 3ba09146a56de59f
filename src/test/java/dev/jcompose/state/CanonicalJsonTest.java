package dev.jcompose.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAndWritesNoWhitespace() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(1, "two", true));
        m.put("a", null);
        m.put("B", Map.of());
        assertEquals("{\"B\":{},\"a\":null,\"b\":[1,\"two\",true]}", CanonicalJson.write(m));
    }

    @Test
    void escapesStrings() {
        assertEquals("\"q\\\"b\\\\n\\nt\\tc\\u0001é\"", CanonicalJson.write("q\"b\\n\nt\tc\u0001é"));
    }

    @Test
    void writesEqualNumbersTheSameWay() {
        assertEquals("[3,3,3,0.5,0.5]",
                CanonicalJson.write(Arrays.asList(3, 3L, 3.0d, 0.5f, new BigDecimal("0.50"))));
    }

    @Test
    void rejectsWhatIsNotAPlainValue() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Double.NaN));
    }
}
