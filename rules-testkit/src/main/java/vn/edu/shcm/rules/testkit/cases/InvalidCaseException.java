package vn.edu.shcm.rules.testkit.cases;

import java.nio.file.Path;

/** Thrown when a test case file is not a valid case: it names the file and the JSON pointer of the fault. */
public final class InvalidCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param file the case file
     * @param pointer the JSON pointer of the fault in it ({@code ""} for the document)
     * @param what what is wrong
     */
    public InvalidCaseException(Path file, String pointer, String what) {
        super(file + ": " + (pointer.isEmpty() ? "the document" : pointer) + " " + what);
        this.file = file;
        this.pointer = pointer;
    }

    /** Returns the case file. */
    public Path file() {
        return file;
    }

    /** Returns the JSON pointer of the fault ({@code ""} for the document). */
    public String pointer() {
        return pointer;
    }
}
