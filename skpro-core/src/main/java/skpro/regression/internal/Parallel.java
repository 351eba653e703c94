package skpro.regression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent tasks 0..count-1 on a bounded pool and returns their results in task order.
 * Callers (ensembles, cross-validated evaluation, searches) build every task's random stream
 * before calling this, so the results do not depend on the number of threads or the order in
 * which tasks finish.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * @param count the number of tasks, &gt;= 0
     * @param threads the largest number of tasks run at once, &gt;= 1 (1: all on the calling thread)
     * @param task task k's work
     * @param <T> the result type
     * @return the results, element k from task k
     * @throws RuntimeException the exception of the first failing task in task order (an error
     *     is rethrown as it is)
     * @throws IllegalStateException if the calling thread is interrupted while waiting
     */
    public static <T> List<T> map(int count, int threads, IntFunction<T> task) {
        List<T> out = new ArrayList<>(count);
        if (threads <= 1 || count <= 1) {
            for (int k = 0; k < count; k++) {
                out.add(task.apply(k));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "skpro-parallel");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int index = k;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running in parallel", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
