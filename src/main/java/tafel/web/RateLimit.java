package tafel.web;

/** At most {@code burst} requests per {@code windowMillis} for one token: a stuck phone cannot flood the journal. */
final class RateLimit {

    private final int burst;
    private final long windowNanos;
    private long windowStart;
    private int used;

    RateLimit(int burst, long windowMillis) {
        this.burst = burst;
        this.windowNanos = windowMillis * 1_000_000L;
    }

    synchronized boolean allow(long now) {
        if (now - windowStart > windowNanos) {
            windowStart = now;
            used = 0;
        }
        return ++used <= burst;
    }
}
