import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  await page.goto('/');
  const out = await page.evaluate(async (qs) => {
    const pf: any = await import('/pagefind/pagefind.js');
    await pf.options({ excerptLength: 18, noWorker: true });
    await pf.init();
    const res: string[] = [];
    for (const q of qs) {
      const r = await pf.search(q);
      const top = await Promise.all(r.results.slice(0, 3).map((x: any) => x.data()));
      res.push(`${q} => ${r.results.length} ${top.map((d: any) => d.url).join(' ')}`);
    }
    return res;
  }, (process.env.QS ?? '').split('|'));
  console.log(out.join('\n'));
});
