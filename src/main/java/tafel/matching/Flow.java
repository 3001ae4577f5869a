package tafel.matching;

import java.util.Arrays;

/**
 * A minimum-cost flow by successive shortest paths (Dijkstra with a heap on reduced costs), stopping when no path lowers the cost any more — so with negative costs it finds the
 * cheapest flow of any size, and a very negative cost on an arc makes its capacity a lower bound
 * in effect. Whole numbers throughout, so no rounding can make it stop early or loop.
 */
final class Flow {

    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final int nodes;
    private int arcs;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private long[] cost = new long[16];
    private int[] firstOut;
    private int[] nextOut = new int[16];

    Flow(int nodes) {
        this.nodes = nodes;
        this.firstOut = new int[nodes];
        Arrays.fill(firstOut, -1);
    }

    /** An arc and its reverse (index + 1); returns the arc's index. */
    int arc(int tail, int head, int cap, long price) {
        int index = arcs;
        add(tail, head, cap, price);
        add(head, tail, 0, -price);
        return index;
    }

    private void add(int tail, int head, int cap, long price) {
        if (arcs == to.length) {
            int size = arcs * 2;
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
            nextOut = Arrays.copyOf(nextOut, size);
        }
        from[arcs] = tail;
        to[arcs] = head;
        capacity[arcs] = cap;
        cost[arcs] = price;
        nextOut[arcs] = firstOut[tail];
        firstOut[tail] = arcs;
        arcs++;
    }

    /** Sends flow along ever cheapest paths while they cost less than nothing. */
    void run(int source, int sink) {
        long[] potential = initialPotentials(source);
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        while (true) {
            Arrays.fill(distance, UNREACHED);
            Arrays.fill(done, false);
            distance[source] = 0;
            java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
            queue.add(new long[] {0, source});
            while (!queue.isEmpty()) {
                long[] next = queue.poll();
                int node = (int) next[1];
                if (done[node] || next[0] > distance[node]) {
                    continue;
                }
                done[node] = true;
                for (int a = firstOut[node]; a >= 0; a = nextOut[a]) {
                    if (capacity[a] > 0) {
                        long reduced = distance[node] + cost[a] + potential[node] - potential[to[a]];
                        if (reduced < distance[to[a]]) {
                            distance[to[a]] = reduced;
                            via[to[a]] = a;
                            queue.add(new long[] {reduced, to[a]});
                        }
                    }
                }
            }
            if (distance[sink] >= UNREACHED || distance[sink] + potential[sink] - potential[source] >= 0) {
                return;
            }
            long reach = distance[sink];
            for (int v = 0; v < nodes; v++) {
                potential[v] += Math.min(distance[v], reach);
            }
            int bottleneck = Integer.MAX_VALUE;
            for (int v = sink; v != source; v = from[via[v]]) {
                bottleneck = Math.min(bottleneck, capacity[via[v]]);
            }
            for (int v = sink; v != source; v = from[via[v]]) {
                capacity[via[v]] -= bottleneck;
                capacity[via[v] ^ 1] += bottleneck;
            }
        }
    }

    /** Shortest distances over the arcs with room (costs may be negative; no negative cycle at the start). */
    private long[] initialPotentials(int source) {
        long[] distance = new long[nodes];
        Arrays.fill(distance, UNREACHED);
        distance[source] = 0;
        for (int pass = 0; pass < nodes; pass++) {
            boolean changed = false;
            for (int a = 0; a < arcs; a++) {
                if (capacity[a] > 0 && distance[from[a]] < UNREACHED && distance[from[a]] + cost[a] < distance[to[a]]) {
                    distance[to[a]] = distance[from[a]] + cost[a];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int v = 0; v < nodes; v++) {
            if (distance[v] >= UNREACHED) {
                distance[v] = 0;
            }
        }
        return distance;
    }

    /** Whether the arc is used to its full capacity (for an arc of capacity one: whether it carries flow). */
    boolean carries(int arc) {
        return capacity[arc] == 0 && capacity[arc ^ 1] > 0;
    }

    /** Whether every arc out of {@code node} that costs {@code price} is full. */
    boolean saturated(int node, long price) {
        for (int a = firstOut[node]; a >= 0; a = nextOut[a]) {
            if ((a & 1) == 0 && cost[a] == price && capacity[a] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every arc into {@code node} that costs {@code price} is full. */
    boolean saturatedInto(int node, long price) {
        for (int a = firstOut[node]; a >= 0; a = nextOut[a]) {
            // the reverse of an arc into node starts at node and has odd index
            if ((a & 1) == 1 && cost[a ^ 1] == price && capacity[a ^ 1] > 0) {
                return false;
            }
        }
        return true;
    }
}
