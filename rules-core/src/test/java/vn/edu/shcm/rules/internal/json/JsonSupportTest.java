package vn.edu.shcm.rules.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.SchoolYear;

class JsonSupportTest {

    @Test
    void oneMapperWithTheLimits() {
        assertSame(JsonSupport.mapper(), JsonSupport.mapper());
        StreamReadConstraints c = JsonSupport.mapper().getFactory().streamReadConstraints();
        assertEquals(Limits.MAX_NESTING_DEPTH, c.getMaxNestingDepth());
        assertEquals(Limits.MAX_STRING_LENGTH, c.getMaxStringLength());
        assertEquals(Limits.MAX_NUMBER_LENGTH, c.getMaxNumberLength());
        assertEquals(Limits.MAX_DOCUMENT_BYTES, c.getMaxDocumentLength());
        assertEquals(Limits.MAX_TOKENS, c.getMaxTokenCount());
        assertTrue(JsonSupport.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertFalse(JsonSupport.mapper().isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    @Test
    void datesAndSchoolYearsAreIsoStrings() throws Exception {
        assertEquals("{\"title\":\"t\",\"proposedOn\":\"2024-02-29\"}",
                JsonSupport.mapper().writeValueAsString(new Product("t", LocalDate.of(2024, 2, 29))));
        assertEquals("\"2025-2026\"", JsonSupport.mapper().writeValueAsString(SchoolYear.of(2025)));
        assertEquals(SchoolYear.of(2025), JsonSupport.mapper().readValue("\"2025-2026\"", SchoolYear.class));
        assertEquals(new Product("t", LocalDate.of(2024, 2, 29)),
                JsonSupport.mapper().readValue("{\"title\":\"t\",\"proposedOn\":\"2024-02-29\"}", Product.class));
    }

    @Test
    void recordsBindThroughTheirConstructorsAndUnknownPropertiesFail() throws Exception {
        assertEquals(new Member("a", "A"), JsonSupport.mapper().readValue("{\"id\":\"a\",\"name\":\"A\"}",
                Member.class));
        assertThrows(UnrecognizedPropertyException.class,
                () -> JsonSupport.mapper().readValue("{\"id\":\"a\",\"nam\":\"A\"}", Member.class));
    }

    @Test
    void prettyWritingUsesNewlinesAndTwoSpaces() throws Exception {
        JsonNode tree = JsonSupport.mapper().readTree("{\"a\":[1,{\"b\":[]}],\"c\":{}}");
        assertEquals("{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {}\n}",
                JsonSupport.writePretty(tree));
        assertEquals("{\"a\":[1,{\"b\":[]}],\"c\":{}}", JsonSupport.writeCompact(tree));
    }
}
