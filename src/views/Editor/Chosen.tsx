/** Props of Chosen. */
export interface ChosenProps {
  /** Element id, for the list's aria-describedby. */
  id: string;
  /** The ids picked in a multiple choice. */
  ids: readonly string[];
}

/** The items picked in a multiple choice, in words: a long list scrolls them out of sight. */
export function Chosen({ id, ids }: ChosenProps) {
  return (
    <p className="ed-field__chosen" id={id}>
      Chosen: {ids.length ? ids.join(', ') : 'none'}
    </p>
  );
}
