import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../support/chromium.ts';
import { chatInBrowser, type ServedChat } from './chat-page.ts';

const skip = skipWithoutChromium('the browser tests');

describe.skipIf(skip)('the web chat in a browser', () => {
  const opened = chatInBrowser();
  let chat: ServedChat;
  let page: Page;
  beforeAll(() => {
    ({ chat, page } = opened);
  });

  it('answers a typed question without reloading, with real links', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(chat.url);
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });

    await page.getByLabel('Your question').fill('Does he know Kubernetes?');
    await page.getByLabel('Your question').press('Enter');

    const answer = page.locator('.message-bot').last();
    await expect.poll(() => answer.textContent()).toContain('deploys services with Kubernetes');
    expect(await answer.locator('strong').first().textContent()).toBe('Fahad Khan');
    expect(await answer.locator('li').count()).toBeGreaterThanOrEqual(2);
    const link = answer.getByRole('link', { name: 'Jaeger' });
    expect(await link.getAttribute('href')).toBe('https://www.jaegertracing.io/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('.message-user').last().textContent()).toContain(
      'Does he know Kubernetes?',
    );

    // Same document, input cleared and focused for the next question.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
    expect(await page.getByLabel('Your question').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    expect(errors).toEqual([]);
  });

  it('asks a suggestion chip when it is clicked', async () => {
    const before = await page.locator('.message-bot').count();
    await page.getByRole('button', { name: 'Which projects used Kubernetes?' }).click();
    await expect.poll(() => page.locator('.message-bot').count()).toBe(before + 1);
    expect(await page.locator('.message-user').last().textContent()).toContain(
      'Which projects used Kubernetes?',
    );
  });

  it('keeps one conversation id for the tab', async () => {
    const id = await page.evaluate(() => sessionStorage.getItem('portfolio-bot.conversation'));
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shows markup in an answer as text and drops unsafe links', async () => {
    await page.getByLabel('Your question').fill('<script> test');
    await page.getByLabel('Your question').press('Enter');
    const answer = page.locator('.message-bot').last();
    await expect.poll(() => answer.textContent()).toContain('<img src=x');
    expect(await answer.locator('img').count()).toBe(0);
    expect(await answer.locator('a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBe(
      undefined,
    );
  });
});
