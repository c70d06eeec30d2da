import { z } from 'zod';
import { defineAction } from '../defineAction';
import { officeProcedure } from '../guards/condition';
import { identityRecorded, nationalityEstablished, nationalityEvidenceBasis } from '../guards/identification';

const noInput = z.object({});

export const startIdentification = defineAction({
  id: 'startIdentification',
  labelKey: 'workflow.action.startIdentification',
  fromStages: ['INTAKE'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: officeProcedure,
  inputSchema: noInput,
  guards: [identityRecorded],
  inputGuards: [],
  perform: ({ caseFile }) => ({ caseFile: { ...caseFile, stage: 'IDENTIFICATION' } }),
});

/** Leaving identification needs a proven or prima facie nationality (domain.md §5(b)). */
export const completeIdentification = defineAction({
  id: 'completeIdentification',
  labelKey: 'workflow.action.completeIdentification',
  fromStages: ['IDENTIFICATION'],
  permission: 'case.write',
  needsFourEyes: false,
  legalBasis: nationalityEvidenceBasis,
  inputSchema: noInput,
  guards: [identityRecorded, nationalityEstablished],
  inputGuards: [],
  perform: ({ caseFile }) => ({ caseFile: { ...caseFile, stage: 'STATUS_ASSESSMENT' }, legalBasis: nationalityEvidenceBasis }),
});
