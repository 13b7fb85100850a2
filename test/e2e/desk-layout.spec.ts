import { test, expect } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';
import { GapsPage } from './pages/gaps';

/**
 * The desk at a small laptop's 1280 × 720: data screens use the window's width, the grid explains
 * its columns without wrapping headers, nothing moves under the pointer, nothing is clipped.
 */
test.use({ viewport: { width: 1280, height: 720 } });

async function openSampleEngagement(page: Page, origin: string, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page).toHaveURL(/#\/engagements\/\d+/);
  return `${origin}/#/engagements/${/#\/engagements\/(\d+)/.exec(page.url())![1]}`;
}

/** Cells whose text is cut off (wider than the cell shows), named by their text. */
function clippedCells(cells: Locator) {
  return cells.evaluateAll((elements) =>
    elements
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent),
  );
}

test('the entry grid at 1280 × 720: full width, statements in the tooltip and panel, still while a row waits', async ({
  page,
  host,
}) => {
  const engagement = await openSampleEngagement(page, host.origin, host.url);
  await page.goto(`${engagement}/questionnaire/entry`);
  const grid = page.getByRole('grid', { name: 'Antwoorden per respondent' });
  await expect(grid.locator('tbody tr[data-row-key]').first()).toBeVisible();

  // The work area is the window, not a narrow centred column: grid and panel span nearly all of it.
  const layout = await page.locator('.entry-grid__layout').boundingBox();
  expect(layout!.width).toBeGreaterThan(1280 * 0.85);
  expect((await page.locator('.entry-grid__scroll').boundingBox())!.width).toBeGreaterThan(800);

  // Headers stay on one line (all equally high) and carry the full statement as tooltip.
  const headers = grid.locator('thead th');
  const heights = await headers.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().height)),
  );
  expect(new Set(heights).size).toBe(1);
  const tooltip = await grid.locator('thead th[title]').first().getAttribute('title');
  expect(tooltip).toMatch(/^1\. .{20,} \(\w+\)$/);

  // The statement of the focused column is in the panel beside the grid.
  const firstRow = grid.locator('tbody tr[data-row-key]').first();
  const cells = firstRow.getByRole('gridcell');
  await cells.nth(3).click();
  const panel = page.getByRole('complementary', { name: 'Over de geselecteerde kolom' });
  await expect(panel).toContainText('Vraag 1');
  await expect(panel).toContainText(tooltip!.replace(/^1\. /, '').replace(/ \(\w+\)$/, ''));

  // Typing makes a row wait for its save; the grid does not move under the pointer.
  const before = await grid.boundingBox();
  await page.keyboard.type('2');
  await expect(page.getByText(/rij(en)? nog niet opgeslagen/)).toBeVisible();
  expect((await grid.boundingBox())!.y).toBe(before!.y);
  // Leaving the row saves it; the counter goes, the grid stays.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/rij(en)? nog niet opgeslagen/)).toBeHidden();
  expect((await grid.boundingBox())!.y).toBe(before!.y);
  await expect(cells.nth(3)).toHaveText('2');
});

test('all differences at 1280 × 720: no clipped column, the notable flag readable', async ({
  page,
  host,
}) => {
  const gaps = new GapsPage(page);
  await page.goto(host.url);
  await gaps.openOnSampleEngagement();
  await gaps.openView('Alle verschillen');
  const table = page.getByTestId('gap-table');
  await expect(gaps.gapTableRows().first()).toBeVisible();
  expect(await clippedCells(table.locator('th, td'))).toEqual([]);
  const flag = table.getByText('Opvallend', { exact: true }).first();
  await flag.scrollIntoViewIfNeeded();
  const box = await flag.boundingBox();
  const area = await table.locator('xpath=..').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(area!.x + area!.width);
  expect(await clippedCells(flag)).toEqual([]);
});
