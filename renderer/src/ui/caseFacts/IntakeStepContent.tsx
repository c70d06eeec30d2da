import type { IntakeStepId } from './intakeSchema';
import { CustodyStep } from './steps/CustodyStep';
import { DocumentsStep } from './steps/DocumentsStep';
import { FamilyStep } from './steps/FamilyStep';
import { IdentityStep } from './steps/IdentityStep';
import { NationalityStep } from './steps/NationalityStep';
import { ResidencyStep } from './steps/ResidencyStep';

/** The form of one step (also used by the case file's section editors). */
export function IntakeStepContent({ step }: { step: IntakeStepId }) {
  switch (step) {
    case 'identity':
      return <IdentityStep />;
    case 'nationality':
      return <NationalityStep />;
    case 'documents':
      return <DocumentsStep />;
    case 'residency':
      return <ResidencyStep />;
    case 'custody':
      return <CustodyStep />;
    case 'family':
      return <FamilyStep />;
  }
}
