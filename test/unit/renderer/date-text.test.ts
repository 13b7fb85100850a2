import { describe, expect, it } from 'vitest';
import { dateTextToIso, isoToDateText } from '@renderer/components/date-text';

describe('dates as the consultant reads and types them', () => {
  it('shows a stored date day first, in the UI language, never as mm/dd/yyyy', () => {
    expect(isoToDateText('2026-03-05', 'nl')).toBe('05-03-2026');
    expect(isoToDateText('2026-03-05', 'en')).toBe('05/03/2026');
    expect(isoToDateText('', 'nl')).toBe('');
  });

  it('reads what is typed day first, with any separator, or ISO; refuses what is no date', () => {
    expect(dateTextToIso('5-3-2026')).toBe('2026-03-05');
    expect(dateTextToIso('05/03/26')).toBe('2026-03-05');
    expect(dateTextToIso('5.3.2026')).toBe('2026-03-05');
    expect(dateTextToIso('2026-03-05')).toBe('2026-03-05');
    expect(dateTextToIso('  ')).toBe('');
    expect(dateTextToIso('31-02-2026')).toBeNull();
    expect(dateTextToIso('03/25/2026')).toBeNull();
    expect(dateTextToIso('morgen')).toBeNull();
  });
});
