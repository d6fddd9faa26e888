import type { Patient, Source } from '../../core/format/index.ts';
import { diseaseText } from '../../core/summary/patientText.ts';
import { timeSpecText } from '../../core/summary/timeSpecText.ts';
import { Fact } from '../Fact/Fact.tsx';
import { FactList } from '../Fact/FactList.tsx';

/** Props of PatientFacts. */
export interface PatientFactsProps {
  /** The patient as curated. */
  patient: Patient;
  /** The case's sources. */
  sources: readonly Source[];
}

/** The patient's facts, each with its source; missing ones say "not reported". */
export function PatientFacts({ patient: p, sources }: PatientFactsProps) {
  return (
    <dl className="facts">
      {p.label && <Fact term="Called in the source" value={p.label} sources={sources} />}
      <Fact term="Sex" value={p.sex?.value} provenance={p.sex?.provenance} sources={sources} />
      <Fact
        term="Age"
        value={p.age && `${p.age.years} years (when: ${timeSpecText(p.age.at)})`}
        provenance={p.age?.provenance}
        sources={sources}
      />
      <Fact
        term="Disease"
        value={diseaseText(p)}
        provenance={p.disease.provenance}
        sources={sources}
      />
      <FactList term="Immunophenotype" facts={p.immunophenotype} sources={sources} />
      <FactList term="Comorbidities" facts={p.comorbidities} sources={sources} />
    </dl>
  );
}
