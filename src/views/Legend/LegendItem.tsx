import type { ReactNode } from 'react';

/** Props of LegendItem. */
export interface LegendItemProps {
  /** Stable key of the entry, kept in `data-legend-key` for tests and exports. */
  entryKey: string;
  /** Short name of what is drawn. */
  label: string;
  /** What it means. */
  description: string;
  /** True for a time convention (whisker, bracket, band) rather than a mark. */
  convention?: boolean;
  /** The sample drawing: an `svg.legend__icon`. */
  icon: ReactNode;
}

/** One legend row: a sample drawing, then its name and meaning. Shared by every legend. */
export function LegendItem({ entryKey, label, description, convention, icon }: LegendItemProps) {
  return (
    <li
      className={convention ? 'legend__item legend__item--convention' : 'legend__item'}
      data-legend-key={entryKey}
    >
      {icon}
      <span className="legend__text">
        <span className="legend__label">{label}</span>{' '}
        <span className="legend__description">{description}</span>
      </span>
    </li>
  );
}

/** Props of LegendIcon. */
export interface LegendIconProps {
  /** SVG content centred on (18, 10). */
  children: ReactNode;
}

/** The 36 × 20 frame every legend sample is drawn in. */
export function LegendIcon({ children }: LegendIconProps) {
  return (
    <svg className="legend__icon" width={36} height={20} viewBox="0 0 36 20" aria-hidden="true">
      {children}
    </svg>
  );
}
