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

/** Each CAR product with every fact the format knows, "not reported" where the source is silent. */
export function ProductList({ products, sources }: ProductListProps) {
  if (products.length === 0) return <p className="missing">No CAR product is described.</p>;
  return (
    <ul className="products">
      {products.map((p) => (
        <li key={p.id} className="product">
          <h3>{p.label}</h3>
          <dl className="facts">
            <Fact
              term="Target"
              value={p.targets?.value.join(', ')}
              provenance={p.targets?.provenance}
              sources={sources}
            />
            <Fact
              term="Origin"
              value={p.origin?.value}
              provenance={p.origin?.provenance}
              sources={sources}
            />
            <Fact
              term="Vector"
              value={p.vector?.value}
              provenance={p.vector?.provenance}
              sources={sources}
            />
            <Fact
              term="Costimulatory domain"
              value={p.costimulatory?.value}
              provenance={p.costimulatory?.provenance}
              sources={sources}
            />
            <Fact
              term="Gene editing"
              value={p.geneEditing?.value}
              provenance={p.geneEditing?.provenance}
              sources={sources}
            />
            <Fact
              term="Dose"
              value={p.dose?.value}
              provenance={p.dose?.provenance}
              sources={sources}
            />
          </dl>
          <Notes notes={p.notes} />
        </li>
      ))}
    </ul>
  );
}
