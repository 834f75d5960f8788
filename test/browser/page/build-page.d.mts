import type { Browser } from 'playwright-core';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function buildViewPage(theme: 'light' | 'dark'): Promise<string>;
export function launchChromium(): Promise<{ browser: Browser; reason?: undefined } | { browser?: undefined; reason: string }>;
