import { useId } from 'react';
import { parseThemeChoice, THEME_LABELS, type ThemeChoice } from '../../app/theme/index.ts';
import { THEME } from '../CasePage/caseWords.ts';

/** Props of ThemePicker. */
export interface ThemePickerProps {
  /** The reader's current choice. */
  value: ThemeChoice;
  /** Called with the new choice. */
  onChange: (choice: ThemeChoice) => void;
}

const CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark', 'contrast'];

/** A labelled select of the colour theme: system, light, dark or high contrast. */
export function ThemePicker({ value, onChange }: ThemePickerProps) {
  const id = useId();
  return (
    <div className="theme-picker">
      <label htmlFor={id}>{THEME}</label>
      <select id={id} value={value} onChange={(e) => onChange(parseThemeChoice(e.target.value))}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {THEME_LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
