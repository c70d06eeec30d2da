import { Text, Tooltip } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { citationIn } from '../../../shared/explanations';
import { explanationsNamespace } from '../i18n/explanationText';

/**
 * A legal basis as the reader's language cites it (instrument titles from the reference
 * data), followed, when the value it rests on is not confirmed in the primary text, by a
 * discreet "unverified" marker. The marker explains itself on hover and on keyboard focus
 * (a tooltip, and the same text as the marker's accessible description).
 */
export function LegalCitation({ basis, verified = true }: { basis: string; verified?: boolean }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <>
      <span data-testid="legal-citation">{citationIn(basis, language)}</span>
      {!verified && (
        <>
          {' '}
          <UnverifiedMarker />
        </>
      )}
    </>
  );
}

/** The translated "unverified" marker with its explanation (hover or focus). */
export function UnverifiedMarker() {
  const { t } = useTranslation();
  const descriptionId = useId();
  const explanation = t(`${explanationsNamespace}.marker.unverified.explanation`);
  return (
    <>
      <Tooltip label={explanation} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Text
          component="span"
          size="xs"
          c="dimmed"
          fs="italic"
          tabIndex={0}
          aria-describedby={descriptionId}
          data-testid="unverified-marker"
          style={{ textDecoration: 'underline dotted', cursor: 'help' }}
        >
          {`(${t(`${explanationsNamespace}.terms.marker.unverified`)})`}
        </Text>
      </Tooltip>
      {/* The description screen readers announce on focus; hidden from view (the tooltip shows it). */}
      <span id={descriptionId} hidden>
        {explanation}
      </span>
    </>
  );
}

/** A citation in the reader's language, for a text that interpolates it ("Legal basis: …"). */
export function useCitation(): (basis: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (basis: string) => citationIn(basis, language);
}
