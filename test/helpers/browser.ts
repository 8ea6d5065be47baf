// Headless Chromium from Debian's package, driven by playwright-core (which never downloads a
// browser of its own). Tests that need it skip, saying why, when /usr/bin/chromium is missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['LEAKGATE_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/**
 * A fresh profile and no network chatter: this machine's closed network refuses Chromium's
 * background connections, so they are switched off rather than left to fail.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface OpenBrowser {
  readonly browser: Browser | BrowserContext;
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

export const launchChromium = async (): Promise<OpenBrowser> => {
  const profile = mkdtempSync(join(tmpdir(), 'leakgate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, offline: true });
  return {
    browser: context,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
