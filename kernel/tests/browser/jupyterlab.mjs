// JupyterLab in headless Chromium with the upy kernel: open a notebook, run
// its cells, see printed output and the SVG board picture, get completions.
//
//   node jupyterlab.mjs LAB_URL NOTEBOOK SCREENSHOT_DIR
//
// LAB_URL is a running JupyterLab started with expose_app_in_browser and a
// token (…/lab?token=T); NOTEBOOK its path relative to the server root.
// Prints a TAP-like summary and exits non-zero on failure.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [labUrl, notebook, shots] = process.argv.slice(2);
if (!labUrl || !notebook || !shots) {
  console.error('usage: node jupyterlab.mjs LAB_URL NOTEBOOK SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok - ${name}`);
  } catch (err) {
    results.push([name, false]);
    console.log(`not ok - ${name}\n  ${String(err).split('\n').join('\n  ')}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const url = new URL(labUrl);
url.pathname = url.pathname.replace(/\/lab\/?$/, '') + `/lab/tree/${notebook}`;

try {
  await check('notebook opens with the upy kernel idle', async () => {
    await page.goto(url.toString());
    await page.waitForFunction(() => window.jupyterapp !== undefined, null, { timeout: 60000 });
    await page.waitForSelector('.jp-Notebook .jp-Cell', { timeout: 60000 });
    await page.waitForFunction(() => {
      const panel = window.jupyterapp.shell.currentWidget;
      const kernel = panel?.sessionContext?.session?.kernel;
      return kernel && kernel.status === 'idle';
    }, null, { timeout: 60000 });
    const name = await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.name);
    if (!name.startsWith('upy')) throw new Error(`kernel is ${name}`);
  });

  await check('running the cells shows printed output', async () => {
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
    await page.waitForSelector('.jp-OutputArea-output:has-text("hello from upy")', { timeout: 30000 });
  });

  await check('%pins shows the board as SVG', async () => {
    await page.waitForSelector('.jp-RenderedSVG img, .jp-RenderedSVG svg', { timeout: 30000 });
  });

  await check('Tab completes from the kernel', async () => {
    const cells = page.locator('.jp-Notebook .jp-Cell');
    const last = cells.nth((await cells.count()) - 1);
    await last.locator('.cm-content').click();
    await page.keyboard.type('ra');
    await page.keyboard.press('Tab');
    await page.waitForSelector('.jp-Completer-item:has-text("range")', { timeout: 15000 });
  });

  await page.screenshot({ path: join(shots, 'jupyterlab.png'), fullPage: true });
  console.log(`screenshot: ${join(shots, 'jupyterlab.png')}`);
} finally {
  await browser.close();
}

const failed = results.filter(([, ok]) => !ok).length;
console.log(`# ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
