import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en';
import { zh } from '../i18n/messages.zh';
import { applyPreloadedStyles, bootShown, useEndBoot } from './boot';

const INDEX = readFileSync(path.resolve(__dirname, '../../index.html'), 'utf8');
const boot = new DOMParser().parseFromString(INDEX, 'text/html').getElementById('boot')!;
const texts = (cls: string) => [...boot.querySelectorAll(`.${cls}`)].map((e) => e.textContent);

describe("index.html's placeholder", () => {
  it('says what the sign-in frame says, in both languages', () => {
    for (const key of ['app.name', 'login.title', 'login.subtitle', 'common.loading'] as const) {
      expect(texts('en')).toContain(en[key]);
      expect(texts('zh')).toContain(zh[key]);
    }
  });

  it('comes with the icon of public/favicon.svg written inline (no request of its own)', () => {
    const icon = /<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,([^"]+)"/.exec(INDEX)?.[1];
    const svg = readFileSync(path.resolve(__dirname, '../../public/favicon.svg'), 'utf8').trim();
    expect(decodeURIComponent(icon ?? '').replaceAll("'", '"')).toBe(svg);
  });

  it('is hidden from assistive technology except for its loading status', () => {
    const visible = [...boot.children].filter((e) => e.getAttribute('aria-hidden') !== 'true');
    expect(visible.map((e) => e.getAttribute('role'))).toEqual(['status']);
  });
});

describe('useEndBoot', () => {
  afterEach(() => document.getElementById('boot')?.remove());

  function Page() {
    useEndBoot();
    return <p>page</p>;
  }

  it('takes the placeholder away when the page is drawn', () => {
    document.body.insertAdjacentHTML('afterbegin', '<div id="boot"></div>');
    expect(bootShown()).toBe(true);
    render(<Page />);
    expect(bootShown()).toBe(false);
  });
});

describe('applyPreloadedStyles', () => {
  it("turns index.html's style preloads into stylesheets and waits for them", async () => {
    document.head.insertAdjacentHTML('beforeend', '<link rel="preload" as="style" crossorigin href="/assets/a.css"><link rel="preload" as="script" href="/b.js">');
    let done = false;
    const applied = applyPreloadedStyles().then(() => (done = true));
    const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    expect(sheets.map((l) => [new URL(l.href).pathname, l.getAttribute('crossorigin')])).toEqual([['/assets/a.css', '']]);
    await Promise.resolve();
    expect(done).toBe(false);
    sheets[0]!.dispatchEvent(new Event('load'));
    await applied;
    expect(done).toBe(true);
  });
});
