package vn.edu.shcm.rules.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InputException;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.model.Plan;

/**
 * Reads and writes the exchange format's documents as JSON bodies with the library's own reader and writer, so
 * that the bytes and the checks do not depend on the JSON library, or Jackson major, the application uses.
 *
 * <p>Reads {@link Plan} (an invalid one throws {@link InvalidPlanException}, every problem with its pointer) and
 * {@link CheckResult}; writes {@link Plan} ({@link ExchangeFormat#writePlan}), {@link CheckResult}
 * ({@link ExchangeFormat#writeResult}, one line) and any {@link InputException}
 * ({@link ExchangeFormat#writeInputErrors}). Media types {@code application/json}
 * and {@code application/*+json}; always UTF-8, as JSON is (RFC 8259), so no charset parameter is written.
 */
public class ExchangeFormatHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

    private static final List<Class<?>> TYPES = List.of(Plan.class, CheckResult.class);

    /** Creates the converter. */
    public ExchangeFormatHttpMessageConverter() {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return TYPES.contains(clazz) || InputException.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return (clazz == Plan.class || clazz == CheckResult.class) && canRead(mediaType);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        if (clazz == Plan.class) {
            return ExchangeFormat.readPlan(inputMessage.getBody(), null);
        }
        String text = new String(inputMessage.getBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return ExchangeFormat.readResult(text);
        } catch (IllegalArgumentException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, inputMessage);
        }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage outputMessage) throws IOException {
        String text;
        if (value instanceof Plan plan) {
            text = ExchangeFormat.writePlan(plan);
        } else if (value instanceof CheckResult result) {
            text = ExchangeFormat.writeResult(result);
        } else {
            text = ExchangeFormat.writeInputErrors((InputException) value);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        outputMessage.getHeaders().setContentLength(bytes.length);
        outputMessage.getBody().write(bytes);
    }
}
