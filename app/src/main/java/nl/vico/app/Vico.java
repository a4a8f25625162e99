package nl.vico.app;

import nl.vico.app.cli.VicoCommand;

/**
 * Entry point of the {@code vico} command. The command line starts neither Spring nor Neo4j unless a
 * command needs them: {@code vico analyze DIR} reads files and analyses them in a plain JVM.
 */
public final class Vico {
    private Vico() {
    }

    public static void main(String[] args) {
        int code = VicoCommand.execute(args, System.out, System.err);
        System.exit(code);
    }
}
