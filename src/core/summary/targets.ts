import type { Product } from '../format/index.ts';

/** One CAR target antigen across a case's products; derived when no product states it. */
export interface TargetFact {
  target: string;
  derived: boolean;
}

/**
 * Target antigens of all products, in first-mention order, without duplicates.
 * An empty list means no product states a target: show "target not stated", never a guess.
 */
export function productTargets(products: readonly Product[]): TargetFact[] {
  const byTarget = new Map<string, TargetFact>();
  for (const p of products) {
    if (!p.targets) continue;
    const derived = p.targets.provenance.basis === 'derived';
    for (const t of p.targets.value) {
      const seen = byTarget.get(t);
      // One product stating the target is enough to call it stated.
      if (seen) seen.derived = seen.derived && derived;
      else byTarget.set(t, { target: t, derived });
    }
  }
  return [...byTarget.values()];
}
