import { expect, test } from 'vitest';
import { pageView } from './page-view.ts';
import { byId, testCollections } from './test-content.ts';

test('gives a standalone page its head and its breadcrumbs under the home page', () => {
  const { pages } = testCollections({
    pages: [['mentions-legales', { title: 'Mentions légales', description: 'Qui publie ce site.', draft: true }]],
  });
  expect(pageView(byId(pages, 'mentions-legales'))).toEqual({
    head: { title: 'Mentions légales', description: 'Qui publie ce site.', draft: true },
    breadcrumbs: [{ label: 'Accueil', href: '/' }, { label: 'Mentions légales' }],
  });
});
