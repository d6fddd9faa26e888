import type { LinkPath } from '../../scene/index.ts';

/** Props of TreatmentLinks. */
export interface TreatmentLinksProps {
  /** The links as drawn (linkPaths). */
  paths: readonly LinkPath[];
  /** Key of the open mark: the links of a selected treatment or toxicity stand out. */
  selected: string | null;
}

/**
 * Thin connectors from each treatment to the toxicity it treated ("treated by"), drawn under the
 * lanes so that labels and glyphs stay on top. Hidden from screen readers: the marks' names say
 * "treated with …" and "given for …".
 */
export function TreatmentLinks({ paths, selected }: TreatmentLinksProps) {
  if (paths.length === 0) return null;
  return (
    <g className="treatment-links" aria-hidden="true">
      {paths.map((p) => (
        <g
          key={`${p.from}>${p.to}`}
          className={`treatment-link${selected === p.from || selected === p.to ? ' treatment-link--selected' : ''}`}
          data-from={p.from}
          data-to={p.to}
        >
          <path className="treatment-link__line" d={p.d} />
          <path className="treatment-link__head" d={p.head} />
        </g>
      ))}
    </g>
  );
}
