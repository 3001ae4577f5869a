package tafel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Colours the edges of a bipartite graph with {@code colours} colours so that at every vertex the
 * numbers of edges of each colour differ by at most one (de Werra): every vertex is split into parts
 * of {@code colours} edges (the last part smaller), and the parts' graph, of degree at most
 * {@code colours}, gets a proper colouring by swapping two colours along an alternating path where
 * needed (König's theorem says it always exists; the path cannot come back to the edge's own end).
 */
final class EquitableColouring {

    private EquitableColouring() {
    }

    /**
     * @param edges {left vertex, right vertex} pairs, left in 0..left−1, right in 0..right−1, no edge twice;
     *              a vertex's parts follow this order (edges next to each other share a part)
     * @param order the order in which the edges are coloured (another order, another colouring)
     * @return the colour of each edge, in 0..colours−1
     */
    static int[] colour(List<int[]> edges, int left, int right, int colours, int[] order) {
        int[] leftPart = parts(edges, left, 0, colours);
        int[] rightPart = parts(edges, right, 1, colours);
        int leftParts = Arrays.stream(leftPart).max().orElse(-1) + 1;
        int parts = leftParts + Arrays.stream(rightPart).max().orElse(-1) + 1;
        int[][] edgeAt = new int[parts][colours];
        for (int[] row : edgeAt) {
            Arrays.fill(row, -1);
        }
        int[] colour = new int[edges.size()];
        int[] tail = new int[edges.size()];
        int[] head = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            tail[e] = leftPart[e];
            head[e] = leftParts + rightPart[e];
        }
        for (int e : order) {
            int u = tail[e];
            int v = head[e];
            int free = freeAt(edgeAt[u]);
            int other = freeAt(edgeAt[v]);
            if (edgeAt[v][free] >= 0) {
                swapAlong(v, free, other, edgeAt, colour, tail, head);
            }
            colour[e] = free;
            edgeAt[u][free] = e;
            edgeAt[v][free] = e;
        }
        return colour;
    }

    /** Each edge's part at its end {@code side}: a vertex's first {@code colours} edges are its part 0, and so on. */
    private static int[] parts(List<int[]> edges, int vertices, int side, int colours) {
        int[] seen = new int[vertices];
        int[] partsBefore = new int[vertices + 1];
        for (int[] edge : edges) {
            seen[edge[side]]++;
        }
        for (int v = 0; v < vertices; v++) {
            partsBefore[v + 1] = partsBefore[v] + (seen[v] + colours - 1) / colours;
        }
        Arrays.fill(seen, 0);
        int[] part = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            int v = edges.get(e)[side];
            part[e] = partsBefore[v] + seen[v]++ / colours;
        }
        return part;
    }

    private static int freeAt(int[] coloured) {
        for (int c = 0; c < coloured.length; c++) {
            if (coloured[c] < 0) {
                return c;
            }
        }
        throw new IllegalStateException("a part with more edges than colours");
    }

    /** From {@code start}, the path of edges coloured a, b, a, … has a and b swapped, which frees a at start. */
    private static void swapAlong(int start, int a, int b, int[][] edgeAt, int[] colour, int[] tail, int[] head) {
        List<Integer> path = new ArrayList<>();
        int at = start;
        int wanted = a;
        while (edgeAt[at][wanted] >= 0) {
            int e = edgeAt[at][wanted];
            path.add(e);
            at = tail[e] == at ? head[e] : tail[e];
            wanted = wanted == a ? b : a;
        }
        for (int e : path) {
            edgeAt[tail[e]][colour[e]] = -1;
            edgeAt[head[e]][colour[e]] = -1;
        }
        for (int e : path) {
            colour[e] = colour[e] == a ? b : a;
            edgeAt[tail[e]][colour[e]] = e;
            edgeAt[head[e]][colour[e]] = e;
        }
    }
}
