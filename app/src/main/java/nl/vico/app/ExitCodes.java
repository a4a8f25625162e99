package nl.vico.app;

/** The exit codes of the command line, in one place. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Something went wrong inside vico or its database: not the user's input. */
    public static final int INTERNAL = 1;
    /** The user's input (arguments, files, workspace name) is wrong; nothing was written. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
