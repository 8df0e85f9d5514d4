/**
 * The ticket summary's short form and its formats, for the support console. Placeholders in
 * braces are filled by `fill()`.
 */
export const ticket = {
  heading: 'In short',
  situation: 'Situation',
  platform: 'Platform',
  result: 'Result',
  next: 'Next action',
  link: 'Link',
  code: 'Case code',
  none: 'Not answered yet',
  notFinished: 'Not finished: at the question “{title}”',
  resultLine: '{title} ({category})',
  askNext: 'Ask the customer: “{title}”',
  transcript: 'Full transcript',
  formatsHeading: 'Copy for your help desk',
  formatsIntro:
    'The same summary in four shapes: plain text for any tool, Markdown, simple HTML that help-desk editors keep, and JSON for scripts.',
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'HTML (paragraphs, lists, links and bold only)',
  json: 'JSON (format version {version})',
  copyText: 'Copy plain text',
  copyMarkdown: 'Copy Markdown',
  copyHtml: 'Copy HTML',
  copyJson: 'Copy JSON',
} as const;
