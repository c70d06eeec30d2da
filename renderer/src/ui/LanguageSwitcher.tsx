import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, uiLanguages } from '../i18n';
import { useUiPreferencesStore } from '../stores/uiPreferencesStore';

const languageOptions = uiLanguages.map((language) => ({ value: language.code, label: language.nativeName }));

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useUiPreferencesStore((state) => state.language);
  const setLanguage = useUiPreferencesStore((state) => state.setLanguage);
  const onChange = (value: string | null) => {
    if (value && isUiLanguage(value)) setLanguage(value);
  };
  return (
    <Select
      aria-label={t('language.label')}
      data-testid="language-switcher"
      data={languageOptions}
      value={language}
      onChange={onChange}
      allowDeselect={false}
      w={140}
      size="xs"
      comboboxProps={{ withinPortal: true, keepMounted: true }}
    />
  );
}
