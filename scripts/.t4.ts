import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.setContent('<p>x</p>');
await p.addScriptTag({ content: readFileSync('/tmp/mbench.js', 'utf8') });
console.log(await p.evaluate(() => (window as any).run()));
await p.evaluate(() => { (window as any).__p = 1; });
await b.close();
