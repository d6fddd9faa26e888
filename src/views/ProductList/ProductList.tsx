import type { Product, Source } from '../../core/format/index.ts';
import { Fact } from '../Fact/Fact.tsx';
import { Notes } from '../Notes/Notes.tsx';

/** Props of ProductList. */
export interface ProductListProps {
  /** The CAR products infused in this case. */
  products: readonly Product[];
  /** The case's sources. */
  sources: readonly Source[];
}

// Every fact the format knows about a product, in reading order; absent ones read "not reported".
const PRODUCT_FACTS = [
  ['Target', 'targets'],
  ['Origin', 'origin'],
  ['Vector', 'vector'],
  ['Costimulatory domain', 'costimulatory'],
  ['Gene editing', 'geneEditing'],
  ['Dose', 'dose'],
] as const satisfies ReadonlyArray<readonly [string, keyof Product]>;

/** Each CAR product with every fact the format knows, "not reported" where the source is silent. */
export function ProductList({ products, sources }: ProductListProps) {
  if (products.length === 0) return <p className="missing">No CAR product is described.</p>;
  return (
    <ul className="products">
      {products.map((p) => (
        <li key={p.id} className="product">
          <h3>{p.label}</h3>
          <dl className="facts">
            {PRODUCT_FACTS.map(([term, key]) => {
              const fact = p[key];
              return (
                <Fact
                  key={key}
                  term={term}
                  value={Array.isArray(fact?.value) ? fact.value.join(', ') : fact?.value}
                  provenance={fact?.provenance}
                  sources={sources}
                />
              );
            })}
          </dl>
          <Notes notes={p.notes} />
        </li>
      ))}
    </ul>
  );
}
