import { warnOnce } from './warn.js';

// Mistakes in the HTML that the browser says nothing about, said once on the console as a wrong attribute value
// is: the webmaster sees what to fix, and the element goes on as well as it can.

/** The words `theme` takes (theme.styles.ts draws them). */
const THEMES = ['caritas', 'diakonie', 'drk', 'paritaet', 'impact-hub', 'dark', 'auto'];

export function sayPageMistakes(element: HTMLElement & { theme?: string }): void {
  const theme = element.theme;
  if (theme?.split(/\s+/).some((word) => word && !THEMES.includes(word))) {
    warnOnce(element, 'theme', theme, `words of ${THEMES.join(' ')}, space-separated`);
  }
  const lang = element.getAttribute('lang');
  if (lang && !/^(de|en)(-|$)/i.test(lang)) warnOnce(element, 'lang', lang, 'de or en');
  // HTML has no self-closing custom elements: `<sinn-x />` stays open and takes what follows it, which its shadow
  // root does not show. Another SINN element inside one is the sure sign.
  const inside = [...element.querySelectorAll('*')].find((child) => child.localName.startsWith('sinn-'));
  if (inside) {
    const tag = element.localName;
    console.warn(`<${tag}> hides <${inside.localName}>: HTML does not close <${tag} />; write <${tag}></${tag}>.`, element);
  }
}
