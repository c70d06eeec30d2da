import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePresentationMode } from './usePresentationMode';

/** The user menu's presentation-mode switch (remembered per user). */
export function PresentationModeToggle() {
  const { t } = useTranslation();
  const { on, toggle } = usePresentationMode();
  return (
    <Menu.Item onClick={toggle} title={t('training.presentation.description')} data-testid="presentation-toggle">
      {`${on ? '✓ ' : ''}${t('training.presentation.toggle')}`}
    </Menu.Item>
  );
}
