/**
 * Every sentence of the help-desk embed: inside the frame, and on the integrators' docs page.
 * Placeholders in braces are filled by `fill()`. Code samples are content too: they are what
 * an integrator copies.
 */
export const embed = {
  frame: {
    newTab: '(opens in a new tab)',
  },
  docs: {
    metaTitle: 'Embed the checklist',
    title: 'Put the checklist in your help centre',
    intro: [
      'Help desks can show this checklist inside their own articles. One line of HTML adds it; it sizes itself to its content as the person answers, uses your colours, and tells your page what happened.',
      'It keeps nothing about the person and sets no cookies. Back and Forward on your page keep working: steps inside the checklist never add entries to the browser history.',
      'Your colour, colour scheme and compact size cost nothing in speed: every step is built ahead of time and sent with your look added, with or without JavaScript. Answers stay inside the frame; every link that leaves the checklist (the recovery plan, services, sources, the share page) opens in a new tab and says so to screen readers.',
    ],
    accessibility: {
      text: 'The checklist aims for WCAG 2.2 AA inside your page too. How it is tested, and its known limits:',
      link: 'Accessibility statement',
    },
    builder: {
      heading: 'Build your snippet',
      intro: 'Choose the options. The snippet and the preview follow your choices.',
      // One entry per option the builder offers, keyed by its name in lib/embed/options.ts.
      fields: {
        start: {
          label: 'Start at',
          none: 'The first question',
        },
        accent: {
          label: 'Accent colour',
          hint: 'A hex colour such as #0f766e. Leave it empty to keep ours. We darken or lighten it a little if it would be hard to read.',
          invalid: '“{value}” is not a colour we can use. Write it as #rgb or #rrggbb.',
          placeholder: '#0f766e',
        },
        theme: {
          label: 'Colour scheme',
          choices: {
            auto: 'Follow the visitor’s system setting',
            light: 'Always light',
            dark: 'Always dark',
          },
        },
        compact: {
          label: 'Compact: smaller text and spacing, for narrow columns',
        },
        minHeight: {
          label: 'Minimum height, in pixels',
          hint: 'From {min} to {max}. Leave it empty for no limit.',
          invalid: '“{value}” is not a height from {min} to {max}.',
        },
        maxHeight: {
          label: 'Maximum height, in pixels',
          hint: 'From {min} to {max}. Leave it empty for no limit.',
          invalid: '“{value}” is not a height from {min} to {max}.',
          order: 'The maximum height must be at least the minimum height.',
        },
        scroll: {
          label: 'Keep my page still: do not scroll to the top of the checklist after a step',
        },
      },
      submit: 'Update the snippet',
      scriptHeading: 'Your snippet',
      scriptHint: 'Paste it where the checklist should appear.',
      iframeHeading: 'Where scripts are not allowed: a plain iframe',
      iframeHint:
        'It cannot grow with its content or send events, so give it a generous height. If your platform allows scripts later, switch to the snippet above.',
      copyScript: 'Copy the snippet',
      copyIframe: 'Copy the iframe code',
      copied: 'Copied',
      copyFailed: 'Could not copy. Select the text and copy it yourself.',
      previewHeading: 'Preview',
      previewHint: 'This is the checklist as your visitors will see it, with the options above.',
      previewTitle: 'Preview of the embedded checklist',
      previewSummaryHeading: 'Last summary the preview received',
      previewSummaryNone:
        'None yet. Answer the questions in the preview up to a result, or ask for one.',
      previewRequestSummary: 'Ask the preview for its summary',
    },
    options: {
      heading: 'Options',
      intro:
        'Set options as data- attributes on the script tag, or as parameters of the iframe address. A value we cannot use is ignored, with a warning in the browser console that names the option; the checklist still appears.',
      columns: {
        attribute: 'Script attribute',
        parameter: 'iframe parameter',
        values: 'Values',
        effect: 'What it does',
      },
      scriptOnly: 'script only',
      rows: {
        start: {
          values: 'One of: {values}',
          effect: 'Opens at the next question, as if the person had already picked this situation.',
        },
        answers: {
          values: 'The token from a navigate event',
          effect: 'Reopens the checklist at the step the token stands for. Wins over start.',
        },
        accent: {
          values: '#rgb or #rrggbb (the # may be left out)',
          effect: 'Your colour for buttons, links, progress and focus rings.',
        },
        theme: {
          values: 'light, dark or auto (default)',
          effect: 'Light or dark colours; auto follows the visitor’s system setting.',
        },
        compact: {
          values: 'true or false (default)',
          effect: 'Smaller text and tighter spacing.',
        },
        minHeight: {
          values: '{min} to {max} (default {min})',
          effect: 'The frame is never shorter than this.',
        },
        maxHeight: {
          values: '{min} to {max} (default: none)',
          effect: 'The frame is never taller than this; longer content scrolls inside it.',
        },
        scroll: {
          values: 'true (default) or false',
          effect:
            'After each step, if the top of the checklist is above the screen (a long page on a phone), the page scrolls just enough to show it. It never scrolls the page otherwise. false turns this off.',
        },
        title: {
          values: 'Text, up to 200 characters',
          effect: 'The frame’s name for screen readers. Default: “{name}”.',
        },
        callback: {
          values: 'The name of a global function',
          effect: 'Called with the detail of every event below.',
        },
        target: {
          values: 'A CSS selector',
          effect: 'Where to put the checklist. Default: right after the script tag.',
        },
      },
    },
    events: {
      heading: 'Events',
      intro:
        'The script dispatches DOM events on the element that holds the checklist; they bubble, so you can listen on document. Every event’s detail has type, version and embedId, plus the fields below. The protocol version is {version}: fields are only ever added under a new version.',
      example: `document.addEventListener('authenticator-wizard:outcome', (event) => {
  const { outcomeId, category } = event.detail;
  console.log('The checklist ended at', outcomeId, category);
});`,
      exampleLabel: 'Example: listen for results',
      columns: {
        name: 'Event',
        fields: 'Fields',
        when: 'When',
      },
      rows: {
        ready: {
          fields: 'stateId (the step shown), progress (0 to 1)',
          when: 'Once, when the checklist is shown and has found your page.',
        },
        step: {
          fields: 'stateId, progress, answered (how many answers so far)',
          when: 'Each time the person moves to another step: an answer, Back or Start over.',
        },
        navigate: {
          fields: 'token, stateId',
          when: 'Right after each step. Keep the token in your own page address if you like, and pass it back as data-answers to reopen the same step later.',
        },
        outcome: {
          fields: 'outcomeId, category ("fix" or "referral")',
          when: 'When a result is shown, also on first load when the answers lead straight to one.',
        },
        resize: {
          fields: 'height (of the content, in CSS pixels)',
          when: 'When the content’s height changes. The script has already resized the frame, within your minimum and maximum.',
        },
      },
    },
    summary: {
      heading: 'Ticket summary (write-back)',
      intro: [
        'At each result, and whenever your page asks, the checklist posts a summary message to your page: the same ticket summary as the support console, as plain text, Markdown, limited HTML and JSON. Paste it into the ticket instead of retyping what the person already answered.',
        'It is a window message, not a DOM event: listen for message events from {origin}, and check the protocol and version. The message is { protocol, version, type: "summary", embedId, stateId, complete, formats: { text, markdown, html, json } }; complete is true at a result. To ask for the summary of the step shown now, post { protocol, version, type: "request-summary", embedId } to the frame, with the embedId of the messages you received. The checklist answers only the page that said hello, at that page’s origin.',
      ],
      example: `const ORIGIN = '{origin}';
let wizard = null;
addEventListener('message', (event) => {
  const message = event.data;
  if (event.origin !== ORIGIN || message?.protocol !== 'authenticator-wizard') return;
  if (message.version !== 1) return;
  wizard = { window: event.source, embedId: message.embedId };
  if (message.type === 'summary') addToTicket(message.formats.html);
});
function askForSummary() {
  wizard?.window.postMessage(
    { protocol: 'authenticator-wizard', version: 1, type: 'request-summary', embedId: wizard.embedId },
    ORIGIN,
  );
}`,
      exampleLabel: 'Example: put the summary in the ticket',
    },
    safety: {
      heading: 'Safe by design',
      points: [
        'The script only accepts messages from its own frame and from our site; the checklist only talks to the page that framed it, at that page’s exact origin, once that page has said hello. Anything else is ignored.',
        'The script adds no styles to your page and cleans up when you remove the checklist. Loading it twice or after your page has loaded is fine.',
        'The checklist has no cookies, no tracking and no user data. Events carry step names, never anything the person typed beyond their answers.',
      ],
      selfHost:
        'Running your own copy? Set EMBED_ALLOWED_ORIGINS to the sites that may frame it (see the README); by default any site may.',
    },
  },
} as const;
