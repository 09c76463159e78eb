/**
 * Every elementary loop of a directed graph (no node twice in one loop), each
 * once, starting at its earliest node in key order: Johnson's algorithm
 * (SIAM J. Comput. 4(1), 1975), which finds each loop in time linear in the
 * graph, so a curriculum with no loops costs one pass. A graph can hold
 * exponentially many loops; after `max` the search stops (the caller says
 * "and more").
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>, max = 1000): string[][] {
  const keys = [...edges.keys()]
  const order = new Map(keys.map((key, i) => [key, i]))
  const loops: string[][] = []

  for (let s = 0; s < keys.length && loops.length < max; s++) {
    // The strongly connected part of the graph on nodes s… that holds s.
    const component = componentOf(keys[s]!, edges, order, s)
    if (component.size < 2 && !(edges.get(keys[s]!) ?? []).includes(keys[s]!)) continue
    const blocked = new Set<string>()
    const blockedBy = new Map<string, Set<string>>()
    const path: string[] = []
    const start = keys[s]!
    const unblock = (node: string) => {
      const stack = [node]
      while (stack.length) {
        const n = stack.pop()!
        if (!blocked.delete(n)) continue
        for (const m of blockedBy.get(n) ?? []) stack.push(m)
        blockedBy.delete(n)
      }
    }
    const circuit = (node: string): boolean => {
      let found = false
      path.push(node)
      blocked.add(node)
      for (const next of edges.get(node) ?? []) {
        if (!component.has(next) || loops.length >= max) continue
        if (next === start) {
          loops.push([...path])
          found = true
        } else if (!blocked.has(next) && circuit(next)) found = true
      }
      if (found) unblock(node)
      else for (const next of edges.get(node) ?? []) if (component.has(next)) (blockedBy.get(next) ?? blockedBy.set(next, new Set()).get(next)!).add(node)
      path.pop()
      return found
    }
    circuit(start)
  }
  return loops
}

/** Nodes on a loop with `root` among nodes whose order is at least `from` (Tarjan's, iterative). */
function componentOf(root: string, edges: ReadonlyMap<string, readonly string[]>, order: ReadonlyMap<string, number>, from: number): Set<string> {
  const inRange = (id: string) => (order.get(id) ?? -1) >= from
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const work: {id: string; next: number}[] = [{id: root, next: 0}]
  index.set(root, 0)
  low.set(root, 0)
  stack.push(root)
  onStack.add(root)
  let counter = 1
  while (work.length) {
    const frame = work[work.length - 1]!
    const targets = (edges.get(frame.id) ?? []).filter(inRange)
    if (frame.next < targets.length) {
      const target = targets[frame.next++]!
      if (!index.has(target)) {
        index.set(target, counter)
        low.set(target, counter++)
        stack.push(target)
        onStack.add(target)
        work.push({id: target, next: 0})
      } else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!))
      continue
    }
    work.pop()
    const parent = work[work.length - 1]
    if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!))
    if (low.get(frame.id) === index.get(frame.id)) {
      const members = new Set<string>()
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        members.add(member)
      } while (member !== frame.id)
      if (members.has(root)) return members
    }
  }
  return new Set([root])
}
