import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A user who has only a keyboard: Tab and Shift+Tab to move, Enter and Space to act, the
 * arrow keys in lists, Escape to close. Nothing here clicks or fills a field directly.
 */
export class KeyboardUser {
  constructor(readonly page: Page) {}

  /** A short description of the focused element, for failure messages. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'nothing (body)';
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
    });
  }

  /** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `maxPresses`. */
  async tabTo(target: Locator, { backwards = false, maxPresses = 80 }: { backwards?: boolean; maxPresses?: number } = {}): Promise<number> {
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return presses;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Not reached with ${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${await this.focused()}`);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Tabs to a text field and types into it. */
  async fill(field: Locator, text: string): Promise<void> {
    await this.tabTo(field);
    await this.type(text);
    await expect(field).toHaveValue(text);
  }

  /**
   * Tabs to a select and picks an option: types to filter a searchable one, opens a plain one
   * with the down arrow, moves with the arrows to the option, Enter takes it.
   */
  async choose(field: Locator, option: string): Promise<void> {
    await this.tabTo(field);
    const searchable = (await field.getAttribute('readonly')) === null;
    if (searchable) await this.type(option.replace(/\s*\(.*$/, ''));
    else await this.press('ArrowDown');
    const listbox = this.page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    const highlighted = listbox.locator('[role="option"][data-combobox-selected]');
    for (let presses = 0; presses < 60; presses += 1) {
      if ((await highlighted.count()) === 1 && (await highlighted.textContent())?.trim() === option) break;
      await this.press('ArrowDown');
    }
    await expect(highlighted).toHaveText(option);
    await this.press('Enter');
    await expect(field).toHaveValue(option);
    await expect(listbox).toBeHidden();
  }

  /** The text of the focused heading, or null when the focus is not on a heading. */
  async focusedHeading(): Promise<string | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      return element && /^H[1-6]$/.test(element.tagName) ? (element.textContent?.trim() ?? '') : null;
    });
  }

  /** Whether the focus is inside `container`. */
  async focusIsWithin(container: Locator): Promise<boolean> {
    return container.evaluate((element) => element.contains(document.activeElement));
  }
}
