/**
 * The accessibility statement (/accessibility): the standard, how it is checked, what is
 * known not to meet it, and how to tell us. Every claim about testing is something the
 * browser tests in e2e/ really do; keep it so when they change.
 */
export const accessibility = {
  footerLink: 'Accessibility',
  metaTitle: 'Accessibility',
  title: 'Accessibility statement',
  intro:
    'This checklist is for anyone locked out of their accounts, whatever device, browser or assistive technology they use. This page says what we aim for, how we check it, and where we fall short.',
  standardHeading: 'The standard',
  standard:
    'We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on this site and in the checklist that help desks show inside their own pages.',
  testedHeading: 'How we check it',
  testedIntro:
    'Every change is checked in a real browser (Chromium) against the finished site before it goes out:',
  tested: [
    'Every step of the checklist, every question and every result, is checked with the axe accessibility checker for WCAG 2.2 AA, in light and dark colours, at a phone’s width (320 pixels) and a desktop’s. So are the other pages: the start page, the services, the recovery plan, the embedded checklist, the support pages, the map of the checklist and this page.',
    'Each of those checks also makes sure a page has one main heading and nothing wider than the screen.',
    'A whole journey is made with the keyboard alone; the first Tab reaches “Skip to content”; Tab moves through a question in reading order; after each answer, focus is on the new question’s heading.',
    'A journey to every kind of result is made with JavaScript turned off: every step is a plain link or form.',
    'Answers, buttons and links are found by the names a screen reader reads out, not by their position or look.',
    'Pages keep all their content with text at 200%, and phone-sized screens are tested for the checklist, the results, the plan, the map and the embedded checklist.',
  ],
  limitsHeading: 'Known limits',
  limits: [
    'The map of the checklist (/flow) is a drawn diagram: moving and zooming it needs a mouse, a finger or the arrow keys. Every step on it is also in the list of steps under it, which works with any screen reader.',
    'Results link to official pages by Microsoft, Apple, Google and each online service. Those pages are not ours, and we cannot vouch for how accessible they are.',
    'The checklist is in English only.',
    'Automated checks find many problems, not all of them. Tell us what they miss.',
  ],
  reportHeading: 'Tell us about a problem',
  report:
    'If something here is hard to use with your device or assistive technology, tell the help desk that sent you here or showed you the checklist: they run it and can pass it on. Say which page, what you were trying to do, and what you use (for example a screen reader, zoom or a switch).',
  checkedOn: 'This statement was written on 7 December 2026.',
};
