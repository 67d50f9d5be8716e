package io.backbonejava.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says about the machine: CPU, cores, memory, kernel, and the load average. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    memory = ", " + (kb / 1024 / 1024) + " GiB RAM";
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: say less.
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores" + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /**
     * Waits, up to 40 minutes, for the one-minute load average to fall under {@code maximum}: the machine is
     * shared, and numbers taken while others build are noise.
     */
    static void waitForQuiet(double maximum) throws InterruptedException {
        for (int i = 0; i < 160; i++) {
            double load;
            try {
                load = Double.parseDouble(Files.readAllLines(Path.of("/proc/loadavg")).get(0).split(" ")[0]);
            } catch (IOException | RuntimeException e) {
                return;
            }
            if (load < maximum) {
                return;
            }
            System.out.println("load average " + load + ", waiting for it to fall under " + maximum + "...");
            Thread.sleep(15_000);
        }
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/loadavg"));
            String[] fields = lines.get(0).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
