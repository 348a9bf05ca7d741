import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveWebChat } from './serve.ts';

export type ServedChat = Awaited<ReturnType<typeof serveWebChat>>;

/**
 * For the describe block it is called in: the web chat served on 127.0.0.1 and a Chromium page
 * at phone size, closed after the block. Read `chat` and `page` once its tests run.
 */
export function chatInBrowser(): { readonly chat: ServedChat; readonly page: Page } {
  const opened: { chat?: ServedChat; browser?: Browser; page?: Page } = {};
  beforeAll(async () => {
    opened.chat = await serveWebChat();
    opened.browser = await launchChromium();
    opened.page = await opened.browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.chat?.close();
  });
  return {
    get chat() {
      if (!opened.chat) throw new Error('the chat is served once the tests run');
      return opened.chat;
    },
    get page() {
      if (!opened.page) throw new Error('the page opens once the tests run');
      return opened.page;
    },
  };
}
