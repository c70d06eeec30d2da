import { Alert, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a screen fails: a plain message, never a stack trace. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container py="xl">
      <Alert color="red" role="alert">
        {t('errors.unexpected')}
      </Alert>
    </Container>
  );
}
