package nl.vico.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints vico's version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VicoCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vico " + (v == null ? "development" : v),
            "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
    }
}
