import {
  Alert,
  Autocomplete,
  Badge,
  createTheme,
  Drawer,
  Menu,
  Modal,
  MultiSelect,
  Notification,
  NumberInput,
  PasswordInput,
  rem,
  Select,
  TagsInput,
  Textarea,
  TextInput,
  type MantineThemeOverride,
} from '@mantine/core';
import { noAutofill } from '../ui/form/noAutofill';
import { accessibleVariantColorsResolver } from './accessibleColors';

/** Texts the theme puts on Mantine's own controls, in the interface language. */
export interface ThemeLabels {
  /** The name of the × button of dialogs, drawers, alerts and notifications. */
  close: string;
}

/**
 * Badges never cut their words ("D…", "UN…"): Mantine's badge truncates with an ellipsis at a
 * fixed height, and shrinks in a row. Here it keeps its width in a row and, where even the row is
 * too narrow (a long French or Albanian state), wraps onto a second line instead.
 */
const badgeStyles = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', flexShrink: 0, overflow: 'visible' as const },
  label: { whiteSpace: 'normal' as const, overflow: 'visible' as const, textOverflow: 'clip' as const, overflowWrap: 'break-word' as const },
};

/** Option lists scroll in their `role="listbox"` element itself (see below), to this height. */
const optionListStyles = { options: { maxHeight: rem(260), overflowY: 'auto' as const } };
// hideDetached off: Floating UI's "reference hidden" was computed while a long form (Settings'
// account form below the trust sections) was still scrolling the field into view and not
// recomputed, so an opened list stayed display:none and its options could not be chosen.
const optionListDefaults = { withScrollArea: false, comboboxProps: { keepMounted: true, hideDetached: false } } as const;

/**
 * The application theme. WCAG AA contrast is settled here, for every screen, rather than per
 * component: primary shade 8 (indigo 8 reads 5.7:1 on white, Mantine's default shade 6 only
 * 4.3:1); filled buttons of any colour get black or white text, whichever reads better (a
 * luminance threshold of 0.179 is where both give the same contrast); the colour variables of
 * `accessibleColoursResolver` (MantineProvider's cssVariablesResolver) darken text, dimmed and
 * light-variant colours until they pass, and `accessibleVariantColorsResolver` does the same for
 * variants given an explicit shade (`color="green.9"`). The focus ring shows for keyboard focus
 * (auto) in the primary colour, 3:1 or more against white.
 *
 * Mantine's own controls, made to pass axe everywhere:
 * - menus open without the initial-focus placeholder: a focusable `role="presentation"` div
 *   inside `role="menu"` breaks the menu's required children (aria-required-children, critical);
 *   focus lands on the dropdown and the arrow keys move to the items;
 * - dialogs' headers are no banner landmark (landmark-no-duplicate-banner);
 * - the × of dialogs and the like is named in the interface language (button-name, critical);
 * - option lists scroll in the listbox itself rather than in a scroll area inside it: a scrolled
 *   listbox is a combobox popup, reached through its combobox (scrollable-region-focusable);
 * - option lists stay mounted (hidden) while closed: Mantine learns the listbox id only once the
 *   list has mounted, so on a first opening the field said neither aria-expanded nor
 *   aria-controls. A component passing its own `comboboxProps` must keep `keepMounted: true`.
 */
export function createAppTheme(labels: ThemeLabels): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.close };
  return createTheme({
    // Transitions and animations stop for whoever asked the system for less motion (WCAG 2.3.3).
    respectReducedMotion: true,
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 8 },
    autoContrast: true,
    luminanceThreshold: 0.179,
    focusRing: 'auto',
    variantColorResolver: accessibleVariantColorsResolver,
    defaultRadius: 'sm',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    components: {
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      // A dialog's header is a plain block: as a <header> outside <main> it became a second banner landmark.
      ModalHeader: { defaultProps: { component: 'div' } },
      DrawerHeader: { defaultProps: { component: 'div' } },
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: labels.close } }),
      Badge: Badge.extend({ styles: badgeStyles }),
      // No input is remembered by the browser's autofill (ui/form/noAutofill.ts); the sign-in fields name their own token.
      TextInput: TextInput.extend({ defaultProps: noAutofill }),
      Textarea: Textarea.extend({ defaultProps: noAutofill }),
      NumberInput: NumberInput.extend({ defaultProps: noAutofill }),
      PasswordInput: PasswordInput.extend({ defaultProps: noAutofill }),
      // Nothing opens by itself: a searchable list no longer opens on focus alone (ui/form/fields/optionListBehaviour.ts).
      Select: Select.extend({ defaultProps: { ...optionListDefaults, ...noAutofill, openOnFocus: false }, styles: optionListStyles }),
      MultiSelect: MultiSelect.extend({ defaultProps: { ...optionListDefaults, ...noAutofill }, styles: optionListStyles }),
      Autocomplete: Autocomplete.extend({ defaultProps: { ...optionListDefaults, ...noAutofill }, styles: optionListStyles }),
      TagsInput: TagsInput.extend({ defaultProps: { ...optionListDefaults, ...noAutofill }, styles: optionListStyles }),
    },
  });
}
