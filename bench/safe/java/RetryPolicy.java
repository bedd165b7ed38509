package com.example.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, plus a reproducible load simulation for capacity tests. */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;

    public RetryPolicy(int maxAttempts, Duration base, Duration cap) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
    }

    public <T> T call(Callable<T> action) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            try {
                return action.call();
            } catch (Exception e) {
                last = e;
                Thread.sleep(delay(attempt).toMillis());
            }
        }
        throw last;
    }

    Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Same seed, same schedule: capacity tests must be repeatable. */
    public static List<Integer> simulatedArrivals(long seed, int requests, int slots) {
        Random random = new Random(seed);
        List<Integer> arrivals = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            arrivals.add(random.nextInt(slots));
        }
        Collections.shuffle(arrivals, new Random(seed ^ 0x5DEECE66DL));
        return arrivals;
    }
}
