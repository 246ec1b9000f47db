package dev.ferret.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task over a lazy sequence on several threads and hands the results on in input order. At most
 * {@code 2 × threads} tasks are in flight, so a slow object holds back the reading of new ones instead of letting
 * results pile up in memory.
 */
final class OrderedParallelScan {

    private OrderedParallelScan() {
    }

    static <I, O> void run(Iterator<I> inputs, int threads, Function<I, O> task, Consumer<O> emit) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ferret-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> window = new ArrayDeque<>();
            while (inputs.hasNext()) {
                if (window.size() >= 2 * threads) {
                    emit.accept(await(window.poll()));
                }
                I input = inputs.next();
                window.add(pool.submit(() -> task.apply(input)));
            }
            while (!window.isEmpty()) {
                emit.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
