package vn.edu.shcm.rules.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --as-of} dates, with a message a school clerk can act on. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("ngày \"" + value
                    + "\" không hợp lệ, cần dạng YYYY-MM-DD (invalid date, expected YYYY-MM-DD)");
        }
    }
}
