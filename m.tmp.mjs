import { BUDGETS, firstLoad } from './scripts/measure.mjs';
for (const p of ['/521/', '/502/troubleshoot/', '/platforms/nginx/']) { const l = firstLoad('dist', p); console.log(p, l.total, l.firstScreen, l.html); }
