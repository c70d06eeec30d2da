import { Box, List, SimpleGrid, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/model';
import { caseFactSections, type CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';
import { stepTitleKey } from '../../../ui/caseFacts/intakeSteps';
import { useFormats } from '../../../ui/format/useFormats';
import { FactSection } from '../editing/FactSection';
import { SectionEditor } from '../editing/SectionEditor';
import { factsEditable } from '../editing/sectionForm';
import { useSectionEditing } from '../editing/useSectionEditing';
import { useCaseworkSession } from '../../../store/useCaseworkSession';
import { useOfficeToday } from '../../../ui/useOfficeToday';
import { PanelSection } from './PanelSection';
import { birthLine } from '../birthLine';

/** The recorded facts of the case, part by part in the order of the intake, each editable with the intake's own form. */
export function CaseSections({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useTranslation();
  const session = useCaseworkSession();
  const { now } = useOfficeToday();
  const editing = useSectionEditing();
  const editable = useMemo(() => factsEditable(caseFile, session.actor, now), [caseFile, session.actor, now]);
  const facts = useRecordedFacts(caseFile);
  return (
    <PanelSection title={t('caseFile.sections.title')} testId="case-sections">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {caseFactSections.map((section) =>
          editing.editing === section ? (
            <Box key={section} style={{ gridColumn: '1 / -1' }}>
              <SectionEditor caseFile={caseFile} section={section} session={session} onClose={editing.close} />
            </Box>
          ) : (
            <FactSection
              key={section}
              section={section}
              editable={editable}
              editDisabled={editing.editing !== undefined}
              onEdit={() => editing.open(section)}
              editButtonRef={editing.buttonRef(section)}
            >
              {facts[section]}
            </FactSection>
          ),
        )}
      </SimpleGrid>
      <Text size="sm" role="status" data-testid="facts-saved">
        {editing.saved ? t('caseFile.edit.saved', { section: t(stepTitleKey(editing.saved)) }) : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {t('caseFile.sections.editingNote')}
      </Text>
    </PanelSection>
  );
}

/** What each part shows when it is not being edited. */
function useRecordedFacts(caseFile: CaseFile): Record<CaseFactSection, ReactNode> {
  const { t } = useTranslation();
  const formats = useFormats();
  const date = (value: string | undefined) => (value ? formats.date(value) : t('caseFile.sections.unknown'));
  const yesNo = (value: boolean | undefined) => (value === undefined ? t('intake.answer.unknown') : value ? t('intake.answer.yes') : t('intake.answer.no'));
  const custody = caseFile.custody;
  const birth = birthLine(caseFile.person);
  return {
    identity: (
      <>
        <List size="sm">
          {caseFile.identities.map((identity) => (
            <List.Item key={identity.id}>
              {formats.personName(identity)} · {t(`intake.enums.identitySource.${identity.source}`)} ·{' '}
              {t(`intake.enums.identityConfidence.${identity.confidence}`)}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t(birth.key, { date: birth.date ? formats.date(birth.date) : '', place: birth.place ?? '' })}</Text>
      </>
    ),
    nationality: (
      <>
        {caseFile.nationalities.length === 0 && (
          <Text size="sm">{caseFile.person.stateless ? t('caseFile.header.stateless') : t('caseFile.header.noNationality')}</Text>
        )}
        <List size="sm">
          {caseFile.nationalities.map((nationality) => (
            <List.Item key={nationality.id}>
              {formats.country(nationality.country)} · {t(`intake.enums.nationalityStatus.${nationality.status}`)}
              {nationality.evidence.map((evidence, index) => (
                <Text key={index} size="xs" c="dimmed">
                  {t(`intake.enums.evidenceKind.${evidence.kind}`)}: {evidence.description}
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      </>
    ),
    documents: (
      <>
        {caseFile.documents.length === 0 && <Text size="sm">{t('intake.documents.none')}</Text>}
        <List size="sm">
          {caseFile.documents.map((document) => (
            <List.Item key={document.id}>
              {t(`intake.enums.documentType.${document.type}`)} {document.number ?? ''} · {t(`intake.enums.documentForm.${document.form}`)} ·{' '}
              {t(`intake.enums.evidenceClass.${document.evidenceClass}`)} · {t(`intake.enums.authenticity.${document.authenticity}`)}
            </List.Item>
          ))}
        </List>
      </>
    ),
    residency: (
      <>
        {caseFile.residencyHistory.length === 0 && <Text size="sm">{t('intake.residency.none')}</Text>}
        <List size="sm">
          {caseFile.residencyHistory.map((entry) => (
            <List.Item key={entry.id}>
              {t(`intake.enums.residencyStatus.${entry.status}`)} ·{' '}
              {t('caseFile.sections.period', { from: date(entry.from), to: entry.to ? date(entry.to) : t('caseFile.sections.now') })}
            </List.Item>
          ))}
        </List>
      </>
    ),
    custody: custody ? (
      <List size="sm">
        <List.Item>{custody.prison}</List.Item>
        <List.Item>{t('caseFile.sections.judgment', { date: date(custody.judgmentDate), final: yesNo(custody.judgmentFinal) })}</List.Item>
        <List.Item>{t('caseFile.sections.sentenceEnd', { date: date(custody.expectedEnd) })}</List.Item>
        <List.Item>
          {custody.expulsionOrder
            ? t('caseFile.sections.expulsionOrder', { reference: custody.expulsionOrder.reference, date: date(custody.expulsionOrder.issuedOn) })
            : t('caseFile.sections.noExpulsionOrder')}
        </List.Item>
        <List.Item>
          {t('caseFile.sections.consent', { consent: custody.consent ? t(`intake.enums.consent.${custody.consent.status}`) : t('intake.answer.unknown') })}
        </List.Item>
      </List>
    ) : (
      <Text size="sm">{t('intake.custody.notInCustody')}</Text>
    ),
    family: (
      <>
        {caseFile.familyLinks.length === 0 && caseFile.vulnerabilities.length === 0 && <Text size="sm">{t('intake.family.noFamily')}</Text>}
        <List size="sm">
          {caseFile.familyLinks.map((link) => (
            <List.Item key={link.id}>
              {link.name} · {t(`intake.enums.familyRelation.${link.relation}`)}
              {link.minor ? ` · ${t('intake.fields.minor')}` : ''}
            </List.Item>
          ))}
          {caseFile.vulnerabilities.map((vulnerability) => (
            <List.Item key={vulnerability.id}>{t(`intake.enums.vulnerability.${vulnerability.category}`)}</List.Item>
          ))}
        </List>
      </>
    ),
  };
}
