import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marginOfError, responseRate } from '@shared/stats';

interface Case {
  n: number;
  invited: number | null;
  rate: number | null;
  marginOfError: number;
}
const cases = JSON.parse(
  readFileSync(new URL('../../fixtures/r/response-rate.json', import.meta.url), 'utf8'),
) as Case[];

describe('response rate and margin of error (checked against R)', () => {
  it.each(cases)('n = $n of $invited invited', (reference) => {
    const result = responseRate(reference.n, reference.invited);
    if (reference.rate === null) expect(result.rate).toBeNull();
    else expect(result.rate).toBeCloseTo(reference.rate, 12);
    expect(result.marginOfError).toBeCloseTo(reference.marginOfError, 12);
  });

  it('a group where everyone answered has no sampling error; an unanswered one has no margin', () => {
    expect(marginOfError(25, 25)).toBe(0);
    expect(marginOfError(0, 25)).toBeNull();
    expect(responseRate(0, null)).toEqual({
      respondents: 0,
      invited: null,
      rate: null,
      marginOfError: null,
    });
  });
});
