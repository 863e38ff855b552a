// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Douglas-Peucker simplification that keeps neighbouring areas gap-free. Simplifying each ring on
// its own would cut a shared border differently on either side and leave slivers between units;
// here every border is simplified once: a ring is split at its junctions (where the set of rings
// that share a point changes) into arcs, each arc is simplified in one direction that does not
// depend on the ring it came from, so both neighbours (and the Landkreis around them) get the
// same points.

/** A point of the map (projected, in pixels). */
export type Point = [number, number];

/** One ring of the input: its points and, position by position, the keys that identify a point across rings (its source coordinates). */
export interface KeyedRing {
  points: Point[];
  keys: string[];
}

/** Perpendicular distance of p from the segment a–b, squared. */
function distanceSquared(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  let t = length === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length;
  t = Math.max(0, Math.min(1, t));
  const [x, y] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
  return x * x + y * y;
}

/** Indices of the points Douglas-Peucker keeps of an open polyline (first and last always). */
function douglasPeucker(points: Point[], tolerance: number): number[] {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = limit;
    for (let i = first + 1; i < last; i++) {
      const d = distanceSquared(points[i], points[first], points[last]);
      // strictly greater: on a tie the first index wins, the same in every run
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return [...keep.keys()].filter((i) => keep[i]);
}

/**
 * Simplifies rings (open: the last point is not the first again) so that shared borders stay
 * shared. Returns the kept points of each ring, in its order.
 */
export function simplifyRings(rings: KeyedRing[], tolerance: number): Point[][] {
  // Which rings share each point: its signature.
  const owners = new Map<string, number[]>();
  rings.forEach((ring, r) => {
    for (const key of ring.keys) {
      const list = owners.get(key) ?? [];
      if (list[list.length - 1] !== r) list.push(r);
      owners.set(key, list);
    }
  });
  const signature = (key: string) => owners.get(key)!.join(',');
  return rings.map((ring) => {
    const n = ring.keys.length;
    if (n <= 3) return ring.points.slice();
    const signatures = ring.keys.map(signature);
    const fixed = new Set<number>();
    for (let i = 0; i < n; i++) {
      const [before, after] = [signatures[(i - 1 + n) % n], signatures[(i + 1) % n]];
      if (signatures[i] !== before || signatures[i] !== after) fixed.add(i);
    }
    // A ring shared whole (an enclave and the hole around it) has no junction: both fix the same
    // two points, the smallest key and the point farthest from it.
    if (fixed.size < 2) {
      let start = 0;
      if (fixed.size === 1) start = [...fixed][0];
      else for (let i = 1; i < n; i++) if (ring.keys[i] < ring.keys[start]) start = i;
      fixed.add(start);
      let far = -1;
      let max = -1;
      for (let i = 0; i < n; i++) {
        const [dx, dy] = [ring.points[i][0] - ring.points[start][0], ring.points[i][1] - ring.points[start][1]];
        const d = dx * dx + dy * dy;
        if (d > max || (d === max && far >= 0 && ring.keys[i] < ring.keys[far])) [max, far] = [d, i];
      }
      fixed.add(far);
    }
    const anchors = [...fixed].sort((a, b) => a - b);
    const kept: Point[] = [];
    anchors.forEach((from, k) => {
      const to = anchors[(k + 1) % anchors.length];
      const indices: number[] = [];
      for (let i = from; i !== to; i = (i + 1) % n) indices.push(i);
      indices.push(to);
      // the arc in the direction both of its rings agree on
      const reversed =
        ring.keys[from] > ring.keys[to] ||
        (ring.keys[from] === ring.keys[to] && ring.keys[indices[1]] > ring.keys[indices[indices.length - 2]]);
      const ordered = reversed ? indices.slice().reverse() : indices;
      const chosen = douglasPeucker(
        ordered.map((i) => ring.points[i]),
        tolerance,
      ).map((j) => ordered[j]);
      const inOrder = reversed ? chosen.reverse() : chosen;
      // the arc's last point is the next arc's first
      for (const i of inOrder.slice(0, -1)) kept.push(ring.points[i]);
    });
    return kept;
  });
}
