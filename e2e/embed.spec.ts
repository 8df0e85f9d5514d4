import { spawn } from 'node:child_process';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { accentPalette } from '../lib/embed/theme';
import { lostIphone, outcomeTitle, pathTo, questionOf, searchFor } from './journeys';

// The help desk's page is served by e2e/host-server.mjs on another port: another origin.
const port = Number(process.env.E2E_PORT ?? 3100);
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
const strictPort = Number(process.env.E2E_STRICT_PORT ?? port + 2);
const app = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${hostPort}`;
/** The same host server under another name: another origin than the host page and the app. */
const attacker = `http://localhost:${hostPort}/attacker`;

type Detail = { type: string; version: number; embedId: string; [field: string]: unknown };

const hostPage = (options: Record<string, string> = {}) =>
  `${host}/?${new URLSearchParams(options)}`;
const frameSelector = 'iframe[title="Authenticator restore checklist"]';
const wizard = (page: Page): FrameLocator => page.frameLocator(frameSelector);
const heading = (frame: FrameLocator) => frame.getByRole('heading', { level: 1 });

async function events(page: Page): Promise<Detail[]> {
  return page.evaluate(() => (window as unknown as { events: Detail[] }).events);
}
const named = (list: Detail[], type: string) => list.filter((e) => e.type === type);
const withoutResize = (list: Detail[]) => list.filter((e) => e.type !== 'resize');

async function frameHeight(page: Page): Promise<number> {
  return Number(await page.locator(frameSelector).getAttribute('height'));
}

/** Answers one question inside the frame by its visible label. */
async function answerIn(frame: FrameLocator, question: string, value: string) {
  const q = questionOf(question);
  await expect(heading(frame)).toHaveText(q.title);
  // By its label, as a person would; another answer's label may begin with the same words.
  await frame.getByRole('link', { name: q.answers[value]!.label }).first().click();
}

async function untilReady(page: Page) {
  await expect.poll(async () => named(await events(page), 'ready').length).toBe(1);
}

/** The framing rule inside the page's Content-Security-Policy. */
function frameAncestors(headers: Record<string, string>): string | undefined {
  return (headers['content-security-policy'] ?? '')
    .split('; ')
    .find((directive) => directive.startsWith('frame-ancestors'));
}

test('the wizard appears on another site’s page, at the first question', async ({ page }) => {
  await page.goto(hostPage());

  await expect(heading(wizard(page))).toHaveText(questionOf('goal').title);
  await untilReady(page);
  const embedId = await page
    .locator('script[data-authenticator-wizard-id]')
    .getAttribute('data-authenticator-wizard-id');
  expect(named(await events(page), 'ready')).toEqual([
    { type: 'ready', version: 1, embedId, stateId: 'goal', progress: 0 },
  ]);
});

test('events arrive in order with the documented payloads, also through the callback', async ({
  page,
}) => {
  await page.goto(hostPage({ callback: 'onWizardEvent' }));
  const frame = wizard(page);
  await untilReady(page);

  await answerIn(frame, 'goal', 'not-working');
  await answerIn(frame, 'account-type', 'work-school');
  await expect(heading(frame)).toHaveText(outcomeTitle('work-school-account'));
  await expect.poll(async () => named(await events(page), 'outcome').length).toBe(1);

  // Both lists in one go: a late resize could land between two reads.
  const { all, callbacks } = await page.evaluate(() => {
    const w = window as unknown as { events: Detail[]; callbacks: Detail[] };
    return { all: [...w.events], callbacks: [...w.callbacks] };
  });
  const embedId = all[0]!.embedId;
  const envelope = { version: 1, embedId };
  expect(withoutResize(all)).toEqual([
    { ...envelope, type: 'ready', stateId: 'goal', progress: 0 },
    {
      ...envelope,
      type: 'step',
      stateId: 'account-type',
      progress: expect.any(Number),
      answered: 1,
    },
    {
      ...envelope,
      type: 'navigate',
      token: searchFor([['goal', 'not-working']]),
      stateId: 'account-type',
    },
    { ...envelope, type: 'step', stateId: 'work-school-account', progress: 1, answered: 2 },
    {
      ...envelope,
      type: 'navigate',
      token: searchFor([
        ['goal', 'not-working'],
        ['account-type', 'work-school'],
      ]),
      stateId: 'work-school-account',
    },
    { ...envelope, type: 'outcome', outcomeId: 'work-school-account', category: 'referral' },
  ]);
  const firstStep = named(all, 'step')[0]!.progress as number;
  expect(firstStep).toBeGreaterThan(0);
  expect(firstStep).toBeLessThan(1);
  const resizes = named(all, 'resize');
  expect(resizes.length).toBeGreaterThan(0);
  for (const resize of resizes) {
    expect(resize).toEqual({ ...envelope, type: 'resize', height: expect.any(Number) });
    expect(resize.height).toBeGreaterThan(100);
  }
  expect(callbacks).toEqual(all);
});

test('the frame grows and shrinks with its content, with no scroll bar inside', async ({
  page,
}) => {
  await page.goto(hostPage({ start: 'not-working' }));
  const frame = wizard(page);
  await expect(heading(frame)).toHaveText(questionOf('account-type').title);
  await untilReady(page);
  const contentHeight = () =>
    frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
  const fitsWithoutScrolling = () =>
    frame
      .locator('html')
      .evaluate((html) => html.scrollHeight <= window.innerHeight && window.scrollY === 0);
  const fitsContent = async () => (await frameHeight(page)) - (await contentHeight());
  await expect.poll(fitsContent).toBe(0);
  const question = await frameHeight(page);

  await answerIn(frame, 'account-type', 'work-school');
  await expect(heading(frame)).toHaveText(outcomeTitle('work-school-account'));
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(question + 300);
  await expect.poll(fitsContent).toBe(0);
  expect(await fitsWithoutScrolling()).toBe(true);
  const box = await page.locator(frameSelector).boundingBox();
  expect(Math.round(box!.height)).toBe(await frameHeight(page));

  await frame.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(heading(frame)).toHaveText(questionOf('account-type').title);
  await expect.poll(() => frameHeight(page)).toBe(question);
  expect(await fitsWithoutScrolling()).toBe(true);
});

test('steps inside the wizard leave the host page’s Back button alone', async ({ page }) => {
  await page.goto(`${host}/before`);
  await page.getByRole('link', { name: 'The checklist' }).click();
  const frame = wizard(page);
  await untilReady(page);
  const length = await page.evaluate(() => history.length);

  await answerIn(frame, 'goal', 'restore');
  await answerIn(frame, 'accounts', 'personal');
  await answerIn(frame, 'platforms', 'android-android');
  await expect.poll(async () => named(await events(page), 'step').length).toBe(3);

  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(`${host}/before`);
  await expect(page.getByRole('heading', { name: 'Earlier article' })).toBeVisible();
});

test('loaded twice after the page has loaded, each script gets its own frame; removal is clean', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostPage({ mode: 'none' }));
  await page.evaluate(() => {
    const w = window as unknown as { addScript: () => void };
    w.addScript();
    w.addScript();
  });
  const frames = page.locator(frameSelector);
  await expect(frames).toHaveCount(2);
  await expect.poll(async () => named(await events(page), 'ready').length).toBe(2);
  const [first, second] = named(await events(page), 'ready').map((e) => e.embedId);
  expect(first).not.toBe(second);

  // The frames may say ready in either order: find which one is removed by its script's mark.
  const removed = await frames
    .first()
    .evaluate((frame) =>
      frame.previousElementSibling?.getAttribute('data-authenticator-wizard-id'),
    );
  expect([first, second]).toContain(removed);
  const kept = removed === first ? second : first;
  await frames.first().evaluate((frame) => frame.remove());
  await answerIn(page.frameLocator(frameSelector), 'goal', 'prepare');

  await expect
    .poll(async () => named(await events(page), 'step'))
    .toEqual([expect.objectContaining({ embedId: kept, stateId: 'accounts' })]);
  expect(errors).toEqual([]);
});

test.describe('options', () => {
  test('an accent colour reaches the wizard’s buttons and links', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(hostPage({ accent: '#0f766e' }));
    const fill = wizard(page).getByRole('progressbar').locator('div');

    await expect(fill).toHaveCSS('background-color', 'rgb(15, 118, 110)');
  });

  test('the dark theme applies whatever the visitor’s system says', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(hostPage({ theme: 'dark' }));
    const main = wizard(page).locator('main');

    await expect(main).toHaveAttribute('data-theme', 'dark');
    await expect(main).toHaveCSS('background-color', 'rgb(11, 18, 32)');
    await expect(main).toHaveCSS('color-scheme', 'dark');
    await expect(wizard(page).getByRole('link', { name: 'Start over' })).toHaveCSS(
      'color',
      'rgb(147, 197, 253)',
    );
  });

  test('start opens at the next question', async ({ page }) => {
    await page.goto(hostPage({ start: 'prepare' }));

    await expect(heading(wizard(page))).toHaveText(questionOf('accounts').title);
    await untilReady(page);
    expect(named(await events(page), 'ready')[0]).toMatchObject({ stateId: 'accounts' });
  });

  test('a navigate token given back as answers reopens the same step', async ({ page }) => {
    await page.goto(hostPage());
    await answerIn(wizard(page), 'goal', 'lost');
    await answerIn(wizard(page), 'accounts', 'personal');
    await answerIn(wizard(page), 'platforms', 'ios-ios');
    await expect.poll(async () => named(await events(page), 'navigate').length).toBe(3);
    const token = named(await events(page), 'navigate')[2]!.token as string;

    await page.goto(hostPage({ answers: token }));

    await expect(heading(wizard(page))).toHaveText(questionOf('ios-new-phone').title);
    await untilReady(page);
    expect(named(await events(page), 'ready')[0]).toMatchObject({ stateId: 'ios-new-phone' });
  });

  test('a bad option warns, naming it, and is ignored', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(hostPage({ theme: 'purple', accent: 'red', 'min-height': '5' }));

    await expect(heading(wizard(page))).toHaveText(questionOf('goal').title);
    await expect(wizard(page).locator('main')).not.toHaveAttribute('data-theme');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[authenticator-wizard\] ignored data-theme="purple"/),
        expect.stringMatching(/^\[authenticator-wizard\] ignored data-accent="red"/),
        expect.stringMatching(/^\[authenticator-wizard\] ignored data-min-height="5"/),
      ]),
    );
  });

  test('the page itself warns about a bad address option and still works', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${app}/embed?theme=purple&compact=maybe`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionOf('goal').title);
    await expect
      .poll(() => warnings)
      .toEqual([
        expect.stringMatching(/^\[authenticator-wizard\] ignored theme="purple"/),
        expect.stringMatching(/^\[authenticator-wizard\] ignored compact="maybe"/),
      ]);
    await expect(page.getByText('Part of this link could not be used')).toHaveCount(0);
  });
});

test.describe('messages from another origin are ignored', () => {
  test('by the host page: a frame cannot pose as the wizard', async ({ page }) => {
    await page.goto(hostPage());
    await untilReady(page);
    const embedId = named(await events(page), 'ready')[0]!.embedId;
    const height = await frameHeight(page);
    const before = (await events(page)).length;

    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'Someone else';
      document.body.append(frame);
    }, `${attacker}?embedId=${embedId}`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { signals: string[] }).signals))
      .toContain('attacker-done');

    const after = (await events(page)).slice(before);
    expect(after.filter((e) => e.type !== 'resize')).toEqual([]);
    expect(after.filter((e) => e.height === 3333)).toEqual([]);
    expect(await frameHeight(page)).toBe(height);
  });

  test('by the wizard: only the page that framed it can say hello', async ({ page }) => {
    await page.goto(hostPage({ mode: 'plain' }));
    const frame = page.frameLocator('#wizard');
    const main = frame.locator('main');
    await expect(main).toHaveAttribute('data-embed-host', 'waiting');
    const inside = page.frame({ url: (url) => url.pathname === '/embed' })!;
    await inside.evaluate(() => {
      const w = window as unknown as { probes: string[] };
      w.probes = [];
      addEventListener('message', (e) => e.data?.probe && w.probes.push(e.data.probe));
    });

    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'Someone else';
      document.body.append(frame);
    }, `${attacker}?embedId=plain-1`);
    // The probe follows the forged hello from the same window, so the hello was handled.
    await expect
      .poll(() => inside.evaluate(() => (window as unknown as { probes: string[] }).probes))
      .toEqual(['after-hello']);
    await expect(main).toHaveAttribute('data-embed-host', 'waiting');

    await page.evaluate(() => (window as unknown as { sayHello: () => void }).sayHello());
    await expect(main).toHaveAttribute('data-embed-host', 'connected');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { received: { type: string }[] }).received.map((m) => m.type),
        ),
      )
      .toContain('ready');
  });
});

test('with the allowlist set to another site, the browser refuses to frame /embed', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const strict = `http://127.0.0.1:${strictPort}`;
  const server = spawn('npx', ['next', 'start', '-p', String(strictPort)], {
    env: { ...process.env, EMBED_ALLOWED_ORIGINS: 'https://help.example.com' },
    detached: true,
    stdio: 'ignore',
  });
  try {
    await expect
      .poll(async () => (await request.get(`${strict}/embed`).catch(() => null))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
    const strictHeaders = (await request.get(`${strict}/embed`)).headers();
    expect(frameAncestors(strictHeaders)).toBe("frame-ancestors 'self' https://help.example.com");
    expect(strictHeaders['x-frame-options']).toBeUndefined();
    const openHeaders = (await request.get(`${app}/embed`)).headers();
    expect(frameAncestors(openHeaders)).toBe('frame-ancestors *');

    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    await page.goto(hostPage({ app: strict }));

    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(heading(wizard(page))).toHaveCount(0);
    expect(await events(page)).toEqual([]);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
});

test('the rest of the site may only be framed by itself', async ({ request }) => {
  for (const path of ['/', '/check', '/embed/docs']) {
    const headers = (await request.get(`${app}${path}`)).headers();
    expect(frameAncestors(headers)).toBe("frame-ancestors 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});

test.describe('inside the frame', () => {
  test('sources open in a new tab; answers stay in the frame', async ({ page }) => {
    await page.goto(hostPage({ start: 'restore' }));
    const frame = wizard(page);
    await answerIn(frame, 'accounts', 'personal');
    await answerIn(frame, 'platforms', 'ios-android');
    await answerIn(frame, 'old-phone', 'shows-accounts');
    await expect(heading(frame)).toHaveText(outcomeTitle('cross-platform'));

    const sources = frame.locator('a[href^="https://"]');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const link of await sources.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toContainText('(opens in a new tab)');
    }
    await expect(frame.getByRole('link', { name: 'Back', exact: true })).not.toHaveAttribute(
      'target',
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers stay inside /embed and keep the look', async ({ page }) => {
    const look = 'accent=0f766e&theme=dark&compact=true';
    await page.goto(`${app}/embed?${look}&start=lost`);
    await expect(page).toHaveURL(
      `${app}/embed?${look}&start=lost&${searchFor([['goal', 'lost']])}`,
    );
    await page
      .getByRole('link', { name: questionOf('accounts').answers['personal']!.label })
      .click();

    await page
      .getByRole('link', { name: questionOf('platforms').answers['ios-ios']!.label })
      .click();

    const soFar: [string, string][] = [
      ['goal', 'lost'],
      ['accounts', 'personal'],
      ['platforms', 'ios-ios'],
    ];
    // The built page's links hold the answers alone; the look comes back from the page they
    // were followed from.
    await expect(page).toHaveURL(`${app}/embed?${look}&${searchFor(soFar)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      questionOf('ios-new-phone').title,
    );
    await expect(page.locator('main')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('main')).toHaveAttribute('data-compact', '');
    await expect(page.locator('main')).toHaveAttribute('data-accent', '');
    await expect(page.locator('link[rel="stylesheet"][href^="/embed/look.css"]')).toHaveAttribute(
      'href',
      '/embed/look.css?accent=0f766e',
    );
    const accent = await page
      .locator('main')
      .evaluate((main) => getComputedStyle(main).getPropertyValue('--accent').trim());
    expect(accent).toBe(accentPalette('#0f766e').dark.accent);
  });
});

test('"Share with support" inside the frame opens the share page in a new tab', async ({
  page,
}) => {
  await page.goto(hostPage({}));
  const share = wizard(page).getByRole('link', { name: /Share with support/ });
  await expect(share).toHaveAttribute('target', '_blank');
  await expect(share).toHaveAttribute('href', /^\/share/);
});

test.describe('a help desk’s look', () => {
  const look = { accent: '#0f766e', theme: 'dark', compact: 'true' };
  const lookQuery = 'accent=0f766e&theme=dark&compact=true';
  const deepStep = searchFor(lostIphone.answers.slice(0, 4));

  test('is the built step with the look added: in the first HTML, its scripts allowed by hash', async ({
    request,
  }) => {
    const response = await request.get(`${app}/embed?${lookQuery}&${deepStep}`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status()).toBe(200);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toContain("'nonce-");
    const html = await response.text();
    // Both are in the document itself: the look is there at first paint, before any script.
    expect(html).toMatch(/<main data-theme="dark" data-accent="" data-compact="" /);
    expect(html).toMatch(
      /<link rel="stylesheet" href="\/embed\/look.css\?accent=0f766e"\/><\/head>/,
    );

    const css = await request.get(`${app}/embed/look.css?accent=0f766e`);
    expect(css.status()).toBe(200);
    expect(css.headers()['content-type']).toMatch(/^text\/css/);
    expect(css.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    expect(await css.text()).toContain(
      `--embed-accent-dark: ${accentPalette('#0f766e').dark.accent};`,
    );
    for (const bad of ['accent=red', 'accent=0f766e&theme=dark', '']) {
      const refused = await request.get(`${app}/embed/look.css?${bad}`);
      expect(refused.status(), bad).toBe(400);
    }
  });

  test('shows in the frame, and every step and link inside it keeps it', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto(hostPage({ ...look, start: 'lost' }));
    const frame = wizard(page);
    await untilReady(page);
    const main = frame.locator('main');
    await expect(main).toHaveAttribute('data-theme', 'dark');
    await expect(main).toHaveAttribute('data-compact', '');
    const accent = () =>
      main.evaluate((m) => getComputedStyle(m).getPropertyValue('--accent').trim());
    expect(await accent()).toBe(accentPalette('#0f766e').dark.accent);
    // Compact: the root font is 87.5% of 16 px.
    expect(await frame.locator('html').evaluate((h) => getComputedStyle(h).fontSize)).toBe('14px');

    await answerIn(frame, 'accounts', 'personal');
    await answerIn(frame, 'platforms', 'ios-ios');
    await expect(heading(frame)).toHaveText(questionOf('ios-new-phone').title);
    await expect(main).toHaveAttribute('data-theme', 'dark');
    expect(await accent()).toBe(accentPalette('#0f766e').dark.accent);
    // After the page has started, its links carry the look too.
    const back = frame.getByRole('link', { name: 'Back', exact: true });
    await expect(back).toHaveAttribute('href', new RegExp(`^/embed\\?${lookQuery}&v=`));
    await back.click();
    await expect(heading(frame)).toHaveText(questionOf('platforms').title);
    const src =
      page
        .frames()
        .find((f) => f.url().startsWith(`${app}/embed?`))
        ?.url() ?? '';
    expect(src).toContain(lookQuery);
    expect(violations).toEqual([]);
  });
});

test('no link inside the frame is refused: wizard steps stay, every other link opens a new tab', async ({
  page,
  context,
}) => {
  // Pages elsewhere answer from here: the test needs no network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }),
  );
  const refused: string[] = [];
  const watch = (p: Page) =>
    p.on('console', (message) => {
      if (/Refused to (display|frame)|frame-ancestors|X-Frame-Options/i.test(message.text()))
        refused.push(message.text());
    });
  watch(page);
  // A "codes are gone" result: the plan, sources, related results, share, the path on the map.
  const result = pathTo('service-recovery');
  await page.goto(hostPage({ answers: searchFor(result) }));
  const frame = wizard(page);
  await expect(heading(frame)).toHaveText(outcomeTitle('service-recovery'));
  await untilReady(page);
  const embedFrame = () => page.frames().find((f) => f.url().startsWith(`${app}/embed`));

  const links = await frame.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((a, index) => ({
      index,
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel') ?? '',
      name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      // Links behind an answer not yet given ("Did this fix it?" → No) are checked, not clicked.
      shown: a.checkVisibility(),
    })),
  );
  const inWizard = (href: string) =>
    href.startsWith(`${app}/embed?`) || href === `${app}/embed` || href.includes('#');
  const leaving = links.filter((link) => !inWizard(link.href));
  for (const link of leaving) {
    expect(link.target, link.href).toBe('_blank');
    expect(link.rel, link.href).toContain('noopener');
    expect(link.name, link.href).toContain('(opens in a new tab)');
  }
  // Every link to this site, and one to elsewhere (the sources): each opens a tab of its own.
  const kindOf = (href: string) => {
    const url = new URL(href);
    return url.origin === app ? url.pathname.split('/')[1]! : 'another site';
  };
  const clicked = new Map<string, (typeof leaving)[number]>();
  for (const link of leaving.filter((l) => l.shown)) {
    const kind = kindOf(link.href);
    clicked.set(kind === 'another site' ? kind : `${kind}: ${link.name}`, link);
  }
  expect(new Set(leaving.map((link) => kindOf(link.href)))).toEqual(
    new Set(['plan', 'outcome', 'share', 'flow', 'another site']),
  );

  for (const [what, link] of clicked) {
    const opened = context.waitForEvent('page');
    await frame.locator('a[href]').nth(link.index).click();
    const tab = await opened;
    watch(tab);
    await tab.waitForLoadState('domcontentloaded');
    // The page it opened (a page may tidy its own query once it runs).
    const opensAt = (href: string) => `${new URL(href).origin}${new URL(href).pathname}`;
    expect(opensAt(tab.url()), what).toBe(opensAt(link.href));
    await tab.close();
    // The frame stays where it was, on the result.
    await expect.poll(() => embedFrame()?.url(), what).toMatch(new RegExp(`^${app}/embed\\?`));
    await expect(heading(frame), what).toHaveText(outcomeTitle('service-recovery'));
  }

  // A wizard link stays inside the frame.
  await frame.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(heading(frame)).toHaveText(questionOf(result.at(-1)![0]).title);
  expect(embedFrame()?.url()).toMatch(new RegExp(`^${app}/embed\\?`));
  expect(refused).toEqual([]);
});
