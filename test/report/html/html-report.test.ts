// The HTML report in a real browser: headless Chromium (Debian's package) opens the file with the
// network off, and the test reads what it renders. A screenshot is kept in test-artifacts/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium, type OpenBrowser } from '../../helpers/browser.js';
import { fakeAwsKeyId, fakeGithubToken } from '../../helpers/fake-secrets.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { jsonReport, type FakeFinding } from '../../helpers/json-reports.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts');
const SEVERITIES = ['critical', 'high', 'medium', 'low'];

/** 10,000 findings over 50 repositories, 12 rules and 4 years of commits, with one failed repository. */
const writeBigReports = (dir: string): void => {
  for (let r = 0; r < 50; r++) {
    const findings: FakeFinding[] = Array.from({ length: 200 }, (_, i) => ({
      ruleId: `rule-${(r * 7 + i) % 12}`,
      severity: SEVERITIES[(r + i) % 4] as string,
      file: `src/module-${i % 20}/config-${i}.env`,
      line: 1 + (i % 50),
      secret: i % 3 === 0 ? '*****' : 'ghp_*****',
      commit: (r * 1000 + i).toString(16).padStart(40, '0'),
      date: `${2021 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-15T10:00:00+00:00`,
      presentInHead: i % 5 !== 0,
    }));
    writeFileSync(join(dir, `repo-${r}.json`), JSON.stringify(jsonReport(`acme/service-${String(r).padStart(2, '0')}`, findings)));
  }
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(jsonReport('acme/broken', [], { code: 'git', message: 'git fetch failed' })));
};

describe.skipIf(!hasChromium())(`the HTML report in headless Chromium (${CHROMIUM})`, () => {
  let open: OpenBrowser | undefined;
  let bigFile: string;
  let smallFile: string;
  const secrets = [fakeGithubToken(), fakeAwsKeyId()];

  beforeAll(async () => {
    const reports = tempDir();
    writeBigReports(reports);
    bigFile = join(tempDir(), 'org.html');
    const merged = await runCli(['report', 'merge', reports, '-f', 'html', '-o', bigFile], { cwd: reports });
    expect(merged.code).toBe(1);
    const repo = makeRepo();
    repo.commit('keys', { 'a.env': `GITHUB_TOKEN=${secrets[0]}\n`, 'b.cfg': `aws_access_key_id = ${secrets[1]}\n` });
    repo.commit('drop one', { 'b.cfg': 'aws_access_key_id = from-vault\n' });
    smallFile = join(tempDir(), 'history.html');
    const history = await runCli(['history', '--repo', 'acme/app', '-f', 'html', '-o', smallFile], { cwd: repo.dir });
    expect(history.code).toBe(1);
    open = await launchChromium();
  }, 120_000);

  afterAll(async () => open?.close());

  it('renders a history scan: rows, charts, timeline, no secret, no request beyond the file', async () => {
    const html = readFileSync(smallFile, 'utf8');
    for (const secret of secrets) expect(html).not.toContain(secret.slice(4));
    const page = await (open as OpenBrowser).context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(smallFile).href);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#findings tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-chart="timeline"] rect').count()).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('acme/app');
    expect(text).toContain('no');
    for (const secret of secrets) expect(text).not.toContain(secret.slice(4));
    expect(requests).toEqual([pathToFileURL(smallFile).href]);
    await page.close();
  });

  it('opens 10,000 findings, filters, sorts and lists the failed repository', async () => {
    const page = await (open as OpenBrowser).context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(bigFile).href);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#status').innerText()).toBe('showing 500 of 10000 matching findings (10000 in all)');
    expect(await page.locator('#findings tbody tr').count()).toBe(500);
    for (const chart of ['severity', 'repository', 'rule', 'timeline']) expect(await page.locator(`[data-chart="${chart}"] svg rect`).count(), chart).toBeGreaterThan(0);
    expect(await page.locator('[data-failed]').innerText()).toContain('acme/broken');
    await page.fill('#filter', 'acme/service-07');
    expect(await page.locator('#status').innerText()).toBe('showing 200 of 200 matching findings (10000 in all)');
    await page.selectOption('#severity', 'critical');
    expect(await page.locator('#status').innerText()).toBe('showing 50 of 50 matching findings (10000 in all)');
    const severities = await page.locator('#findings tbody td.sev').allInnerTexts();
    expect(new Set(severities)).toEqual(new Set(['critical']));
    await page.fill('#filter', '');
    await page.selectOption('#severity', '');
    await page.click('th[data-col="4"]');
    await page.click('th[data-col="4"]');
    expect(await page.locator('#findings tbody tr:first-child td:nth-child(5)').innerText()).toBe('50');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});

it.runIf(!hasChromium())('skips the browser tests: Chromium is not installed (apt-get install -y chromium)', () => {
  expect(hasChromium()).toBe(false);
});
