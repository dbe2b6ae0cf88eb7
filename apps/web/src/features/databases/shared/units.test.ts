import { describe, expect, it } from 'vitest';
import { formatBytes } from './units';

describe('formatBytes', () => {
  it('reads like a file size', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(677_496)).toBe('661.6 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
