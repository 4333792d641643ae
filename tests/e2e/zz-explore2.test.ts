import { test } from './fixtures/test';
test('explore2', async ({ page, search }) => {
  await page.goto('/');
  const r = await search.rankAll((process.env.QS ?? '').split('|'));
  for (const x of r) console.log(x.query, '\n   ', x.options.map((o) => decodeURIComponent(o.href).replace(/\?highlight=[^#]*/, '')).join('\n    '));
});
