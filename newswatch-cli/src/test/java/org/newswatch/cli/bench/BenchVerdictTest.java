package org.newswatch.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The bench's verdicts: which rate counts as kept up with, and the JIT compilers' share of the CPU. */
class BenchVerdictTest {

    private static Bench.Stage stage(double rate, long sent, int accepted, int due, int seen, boolean flat) {
        Histogram empty = new Histogram(3);
        Lag lag = new Lag(List.of(), 0, 0, flat ? 0 : 50, flat ? 1 : 30, flat);
        return new Bench.Stage(rate, 30, sent, Map.of(), accepted, due, seen, 0, seen, empty, empty, empty, empty,
                null, lag, Map.of(), null);
    }

    @Test
    void aRateCountsOnlyIfEveryPostWasAcceptedEveryAlertSeenAndTheLagFlat() {
        Bench.Stage ok = stage(300, 9000, 9000, 4500, 4500, true);
        Bench.Stage rejected = stage(500, 15000, 8535, 4268, 4268, true);
        Bench.Stage missingAlert = stage(400, 12000, 12000, 6000, 5999, true);
        Bench.Stage growing = stage(450, 13500, 13500, 6750, 6750, false);
        assertTrue(ok.keptUp());
        assertFalse(rejected.keptUp(), "503 answers with a flat lag are not keeping up");
        assertFalse(missingAlert.keptUp());
        assertFalse(growing.keptUp());
        assertEquals(300, Bench.sustained(List.of(ok, rejected, missingAlert, growing)));
        assertEquals(0, Bench.sustained(List.of(rejected)));
    }

    @Test
    void jitShareIsTheCompilersPartOfAllCpuUsedBetweenReadings() {
        Map<String, Duration> cpuBefore = Map.of("kafka", Duration.ofMillis(1000), "bench", Duration.ofMillis(500));
        Map<String, Duration> cpuAfter = Map.of("kafka", Duration.ofMillis(3000), "bench", Duration.ofMillis(1500));
        Map<String, Duration> jitBefore = Map.of("kafka", Duration.ofMillis(100), "bench", Duration.ofMillis(100));
        Map<String, Duration> jitAfter = Map.of("kafka", Duration.ofMillis(400), "bench", Duration.ofMillis(400));
        assertEquals(0.2, Bench.jitShare(cpuBefore, cpuAfter, jitBefore, jitAfter), 1e-9);
        assertNull(Bench.jitShare(cpuBefore, cpuAfter, jitBefore, Map.of()));
    }

    @Test
    void compilerThreadsOfThisJvmAreReadOnLinux() {
        Map<String, Duration> jit = Bench.jitCpu(Map.of());
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertNotNull(jit.get("bench"));
            assertTrue(jit.get("bench").toMillis() > 0, "this JVM has compiled something by now: " + jit);
        } else {
            assertTrue(jit.isEmpty());
        }
    }
}
