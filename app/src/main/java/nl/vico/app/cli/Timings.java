package nl.vico.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall and CPU time of the phases of one command, for {@code --timings}: where a slow run spends its time.
 * The first line is the JVM's own start-up (from process start to the command), the rest one per phase.
 */
final class Timings {
    private final long startWall;
    private final long startCpu;
    private final List<String> lines = new ArrayList<>();
    private long lastWall;
    private long lastCpu;

    private Timings() {
        lastWall = System.nanoTime();
        lastCpu = processCpu();
        startWall = lastWall;
        startCpu = lastCpu;
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        lines.add(String.format(Locale.ROOT, "%-10s %7.2f s wall %7.2f s cpu", "start-up", uptimeMillis / 1e3, lastCpu / 1e9));
    }

    static Timings start() {
        return new Timings();
    }

    /** Ends the phase called {@code name}. */
    void lap(String name) {
        long wall = System.nanoTime();
        long cpu = processCpu();
        lines.add(String.format(Locale.ROOT, "%-10s %7.2f s wall %7.2f s cpu", name, (wall - lastWall) / 1e9, (cpu - lastCpu) / 1e9));
        lastWall = wall;
        lastCpu = cpu;
    }

    /** Prints every phase and the total when {@code enabled}. */
    void print(PrintWriter err, boolean enabled) {
        if (!enabled) {
            return;
        }
        for (String l : lines) {
            err.println("vico: " + l);
        }
        err.printf(Locale.ROOT, "vico: %-10s %7.2f s wall %7.2f s cpu (command only; add start-up for the process)%n", "total",
                (lastWall - startWall) / 1e9, (lastCpu - startCpu) / 1e9);
        err.flush();
    }

    /** CPU time of the whole process (every thread, the JIT compilers and the garbage collector included). */
    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
