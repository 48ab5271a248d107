import { describe, expect, it } from 'vitest';
import { contentFolder } from './content-folder.ts';

describe('contentFolder', () => {
  it('is content/ of the working directory by default', () => {
    expect(contentFolder({}, '/site')).toEqual({ root: '/site/content', label: 'content' });
  });

  it('follows CONTENT_DIR, named relative to the working directory in messages', () => {
    expect(contentFolder({ CONTENT_DIR: 'tmp/essai/content' }, '/site')).toEqual({
      root: '/site/tmp/essai/content',
      label: 'tmp/essai/content',
    });
    expect(contentFolder({ CONTENT_DIR: '/ailleurs/content' }, '/site')).toEqual({
      root: '/ailleurs/content',
      label: '../ailleurs/content',
    });
  });
});
