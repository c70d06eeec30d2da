/**
 * How every option list of a form opens and moves (issue 12, point 6), the same whether the
 * field is empty or holds a value:
 * - nothing opens by itself: focus alone (a field focused after "Add a nationality") leaves the
 *   list closed; ArrowDown, typing or a click opens it;
 * - ArrowDown opens it with the current option highlighted, or the first when the field is empty,
 *   and each further ArrowDown moves one option. Mantine highlights the first option itself but
 *   then forgets the index (the empty field's "active" option is none), so the second ArrowDown
 *   landed on the first option again: the first option is selected when the list opens instead;
 * - the list stays mounted while closed, which is what lets Mantine find the options on the
 *   first ArrowDown (and keeps aria-controls right, see app/theme.ts).
 */
export function optionListBehaviour(value: string | null) {
  return {
    openOnFocus: false,
    selectFirstOptionOnDropdownOpen: value === null,
    comboboxProps: { withinPortal: true, keepMounted: true },
  } as const;
}
