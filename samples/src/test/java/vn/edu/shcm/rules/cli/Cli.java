package vn.edu.shcm.rules.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code shcm-check} in-process and captures its exit status, output and errors. */
record Cli(int status, String out, String err) {

    /** Runs with standard output as {@link ShcmCheck#main} has it: UTF-8 bytes, some written as bytes. */
    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Utf8Output utf8 = new Utf8Output(out);
        int status = ShcmCheck.run(args, utf8, new PrintWriter(err, true));
        utf8.flush();
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Runs with standard output captured by a writer of text, as an application embedding the command may. */
    static Cli runToWriter(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ShcmCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    static Cli runWithStdin(String stdin, String... args) {
        return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Cli runWithStdin(byte[] stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin), args);
    }

    static synchronized Cli runWithStdin(InputStream stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }
}
