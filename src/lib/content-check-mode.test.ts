import { describe, expect, it } from 'vitest';
import { checkedBeside } from './content-check-mode.ts';

describe('checkedBeside', () => {
  it('is true only when npm run build says the content check runs beside', () => {
    expect(checkedBeside({ POLE_IMAGE_CONTENT_CHECK: 'beside' })).toBe(true);
    expect(checkedBeside({ POLE_IMAGE_CONTENT_CHECK: '' })).toBe(false);
    expect(checkedBeside({})).toBe(false);
  });
});
