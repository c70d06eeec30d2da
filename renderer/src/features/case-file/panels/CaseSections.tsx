import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/model';
import { displayName } from '../../intake/duplicateMatches';
import { formatIsoDate } from '../../intake/localDate';
import { useLocale } from '../../intake/useLocale';
import { useCountryName } from '../useCountryName';
import { PanelSection } from './PanelSection';

/** The recorded facts of the case, part by part, in the order of the intake. */
export function CaseSections({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const date = (value: string | undefined) => (value ? formatIsoDate(value, locale) : t('caseFile.sections.unknown'));
  const yesNo = (value: boolean | undefined) => (value === undefined ? t('intake.answer.unknown') : value ? t('intake.answer.yes') : t('intake.answer.no'));
  const custody = caseFile.custody;
  return (
    <PanelSection title={t('caseFile.sections.title')} testId="case-sections">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.identity.title')}</Title>
          <List size="sm">
            {caseFile.identities.map((identity) => (
              <List.Item key={identity.id}>
                {displayName(identity)} · {t(`intake.enums.identitySource.${identity.source}`)} · {t(`intake.enums.identityConfidence.${identity.confidence}`)}
              </List.Item>
            ))}
          </List>
          <Text size="sm">{t('caseFile.sections.birth', { date: date(caseFile.person.dateOfBirth), place: caseFile.person.placeOfBirth ?? t('caseFile.sections.unknown') })}</Text>
        </Stack>
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.nationality.title')}</Title>
          {caseFile.nationalities.length === 0 && <Text size="sm">{caseFile.person.stateless ? t('caseFile.header.stateless') : t('caseFile.header.noNationality')}</Text>}
          <List size="sm">
            {caseFile.nationalities.map((nationality) => (
              <List.Item key={nationality.id}>
                {countryName(nationality.country)} · {t(`intake.enums.nationalityStatus.${nationality.status}`)}
                {nationality.evidence.map((evidence, index) => (
                  <Text key={index} size="xs" c="dimmed">
                    {t(`intake.enums.evidenceKind.${evidence.kind}`)}: {evidence.description}
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.documents.title')}</Title>
          {caseFile.documents.length === 0 && <Text size="sm">{t('intake.documents.none')}</Text>}
          <List size="sm">
            {caseFile.documents.map((document) => (
              <List.Item key={document.id}>
                {t(`intake.enums.documentType.${document.type}`)} {document.number ?? ''} · {t(`intake.enums.documentForm.${document.form}`)} · {t(`intake.enums.evidenceClass.${document.evidenceClass}`)} ·{' '}
                {t(`intake.enums.authenticity.${document.authenticity}`)}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.residency.title')}</Title>
          {caseFile.residencyHistory.length === 0 && <Text size="sm">{t('intake.residency.none')}</Text>}
          <List size="sm">
            {caseFile.residencyHistory.map((entry) => (
              <List.Item key={entry.id}>
                {t(`intake.enums.residencyStatus.${entry.status}`)} · {t('caseFile.sections.period', { from: date(entry.from), to: entry.to ? date(entry.to) : t('caseFile.sections.now') })}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.custody.title')}</Title>
          {custody ? (
            <List size="sm">
              <List.Item>{custody.prison}</List.Item>
              <List.Item>{t('caseFile.sections.judgment', { date: date(custody.judgmentDate), final: yesNo(custody.judgmentFinal) })}</List.Item>
              <List.Item>{t('caseFile.sections.sentenceEnd', { date: date(custody.expectedEnd) })}</List.Item>
              <List.Item>{custody.expulsionOrder ? t('caseFile.sections.expulsionOrder', { reference: custody.expulsionOrder.reference, date: date(custody.expulsionOrder.issuedOn) }) : t('caseFile.sections.noExpulsionOrder')}</List.Item>
              <List.Item>{t('caseFile.sections.consent', { consent: custody.consent ? t(`intake.enums.consent.${custody.consent.status}`) : t('intake.answer.unknown') })}</List.Item>
            </List>
          ) : (
            <Text size="sm">{t('intake.custody.notInCustody')}</Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Title order={4}>{t('intake.steps.family.title')}</Title>
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
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('caseFile.sections.editingNote')}
      </Text>
    </PanelSection>
  );
}
