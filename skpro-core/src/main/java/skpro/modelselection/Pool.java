package skpro.modelselection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs n indexed tasks on a bounded pool and returns their results by index, so the outcome does
 * not depend on the number of threads or on the order in which tasks finish.
 */
final class Pool {

    private Pool() {
    }

    /** @throws IllegalArgumentException if threads &lt; 1 */
    static int checkThreads(int threads) {
        return Splits.atLeast("threads", threads, 1);
    }

    /**
     * @param n the number of tasks
     * @param threads the most threads used; 1 runs the tasks in order on the calling thread
     * @param task task i's work
     * @param <T> the result type
     * @return the results, result i at position i
     * @throws RuntimeException the failure of the lowest-index failing task, unchanged (after
     *     all tasks have finished)
     */
    static <T> List<T> run(int n, int threads, IntFunction<T> task) {
        List<T> out = new ArrayList<>(n);
        if (threads == 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "skpro-modelselection");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<T>> calls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> task.apply(index));
            }
            for (Future<T> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the folds", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
