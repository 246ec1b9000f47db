package dev.ferret.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedParallelScanTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void resultsComeOutInInputOrderWithBoundedWork(int threads) {
        long seed = 77L * threads;
        Random random = new Random(seed);
        int n = 200;
        int[] pauses = IntStream.range(0, n).map(i -> random.nextInt(3)).toArray();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger emitted = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.get() < n;
            }

            @Override
            public Integer next() {
                int i = read.getAndIncrement();
                maxAhead.accumulateAndGet(i - emitted.get(), Math::max);
                return i;
            }
        };
        List<Integer> out = new ArrayList<>();
        OrderedParallelScan.run(inputs, threads, i -> {
            try {
                Thread.sleep(pauses[i]); // lets later inputs finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 10;
        }, r -> {
            out.add(r);
            emitted.incrementAndGet();
        });
        assertEquals(IntStream.range(0, n).map(i -> i * 10).boxed().toList(), out, "seed " + seed);
        assertTrue(maxAhead.get() <= 2 * threads, "read " + maxAhead.get() + " inputs ahead of the output; seed " + seed);
    }

    @Test
    void aFailingTaskStopsTheRunWithItsException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedParallelScan.run(
                List.of(1, 2, 3).iterator(), 2, i -> {
                    if (i == 2) {
                        throw new IllegalStateException("boom");
                    }
                    return i;
                }, r -> { }));
        assertEquals("boom", e.getMessage());
    }
}
