import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { citationIn } from '../../../../../shared/explanations';
import { UnverifiedMarker } from '../../LegalCitation';
import { agreementEvidenceGuide } from '../agreementEvidence';

/** The proof and prima facie lists of the readmission agreement with the chosen country. */
export function AgreementEvidenceList({ country }: { country: string | undefined }) {
  const { t, i18n } = useTranslation();
  const guide = agreementEvidenceGuide(country);
  if (!country) return null;
  if (!guide)
    return (
      <Text c="dimmed" size="sm">
        {t('intake.nationality.noAgreement')}
      </Text>
    );
  return (
    <Alert variant="light" color="blue" title={t('intake.nationality.agreementEvidence', { agreement: t(`intake.agreements.${guide.agreementId}`) })}>
      <Text size="sm" fw={600}>
        {t('intake.nationality.proofList')}
      </Text>
      <List size="sm">
        {guide.proof.map((type) => (
          <List.Item key={type}>{t(`intake.enums.documentType.${type}`)}</List.Item>
        ))}
      </List>
      <Text size="sm" fw={600} mt="xs">
        {t('intake.nationality.primaFacieList')}
      </Text>
      <List size="sm">
        {guide.primaFacie.map((type) => (
          <List.Item key={type}>{t(`intake.enums.documentType.${type}`)}</List.Item>
        ))}
      </List>
      {guide.copiesAndExpiredProofArePrimaFacie && (
        <Text size="sm" mt="xs">
          {t('intake.nationality.copiesArePrimaFacie')}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('intake.legalBasis', { basis: citationIn(guide.legalBasis, i18n.resolvedLanguage ?? i18n.language) })}
        {!guide.verified && (
          <>
            {' '}
            <UnverifiedMarker />
          </>
        )}
      </Text>
    </Alert>
  );
}
