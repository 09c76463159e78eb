/** Syntax highlighting shared by Markdown pages and Markdown rendered from data (TSDoc): high-contrast themes. */
export const shikiConfig = {
  themes: {light: 'github-light-high-contrast', dark: 'github-dark-high-contrast'},
  defaultColor: 'light',
} as const
