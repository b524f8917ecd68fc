package org.newswatch.alert.notify;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;

/**
 * One lane per receiver on a shared pool: the tasks of one key (a webhook URL, an e-mail address) run one after the
 * other in the order given, tasks of different keys at once (up to the pool's size). A slow or retrying receiver so
 * holds up only its own lane, and at most one thread of the pool.
 */
final class Lanes {

    private final ExecutorService pool;
    private final Map<String, Queue<Runnable>> queues = new HashMap<>();

    Lanes(ExecutorService pool) {
        this.pool = pool;
    }

    /** Runs the task after the earlier tasks of its key. */
    void submit(String key, Runnable task) {
        synchronized (queues) {
            Queue<Runnable> queue = queues.get(key);
            if (queue != null) {
                queue.add(task); // the lane is busy: its drain picks the task up
                return;
            }
            queues.put(key, new ArrayDeque<>());
        }
        pool.execute(() -> drain(key, task));
    }

    private void drain(String key, Runnable first) {
        Runnable task = first;
        while (task != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // a task reports its own failure; the lane goes on with the next one
            }
            synchronized (queues) {
                Queue<Runnable> queue = queues.get(key);
                task = queue.poll();
                if (task == null) {
                    queues.remove(key);
                }
            }
        }
    }

    /** Keys with a task running or waiting. */
    int busy() {
        synchronized (queues) {
            return queues.size();
        }
    }
}
