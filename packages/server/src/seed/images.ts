// Generated SVG pictures for the demo data: abstract shapes on a gradient. Nothing is referenced from outside
// the file (no fonts, no hrefs, no scripts), so the pictures are safe to serve under a strict CSP and need no
// licence. Each picture is content-addressed, so identical pictures collapse into one media row.
import { createHash } from 'node:crypto';
import type { Random } from './random.js';

export interface GeneratedImage {
  id: string;
  contentType: 'image/svg+xml';
  body: Buffer;
  width: number;
  height: number;
}

/**
 * A generated picture. It shows nothing a reader needs, so the demo data gives it no alternative text (`alt=""`,
 * which screen readers skip): a sentence describing coloured shapes before every card's title was noise.
 */
export interface Picture {
  image: GeneratedImage;
}

interface Colour {
  /** The colour's German name, to tell the palette's entries apart. */
  name: string;
  hue: number;
  saturation: number;
}

const COLOURS: Colour[] = [
  { name: 'Petrol', hue: 188, saturation: 62 },
  { name: 'Waldgrün', hue: 142, saturation: 45 },
  { name: 'Salbeigrün', hue: 105, saturation: 22 },
  { name: 'Himmelblau', hue: 204, saturation: 70 },
  { name: 'Nachtblau', hue: 226, saturation: 52 },
  { name: 'Violett', hue: 266, saturation: 45 },
  { name: 'Aubergine', hue: 300, saturation: 32 },
  { name: 'Himbeerrot', hue: 338, saturation: 62 },
  { name: 'Ziegelrot', hue: 10, saturation: 60 },
  { name: 'Orange', hue: 28, saturation: 85 },
  { name: 'Sonnengelb', hue: 45, saturation: 90 },
  { name: 'Sand', hue: 38, saturation: 40 },
];

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const value = l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function finish(svg: string, width: number, height: number): GeneratedImage {
  const body = Buffer.from(svg, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex');
  return { id: `${hash.slice(0, 16)}.svg`, contentType: 'image/svg+xml', body, width, height };
}

function pickColours(random: Random): [Colour, Colour] {
  const main = random.pick(COLOURS);
  const accent = random.pick(COLOURS.filter((c) => Math.abs(c.hue - main.hue) > 40));
  return [main, accent];
}

type Motif = (random: Random, width: number, height: number, accent: Colour) => string;

const MOTIFS: { name: string; draw: Motif }[] = [
  {
    name: 'Kreise',
    draw: (random, width, height, accent) =>
      Array.from({ length: random.int(3, 6) }, () => {
        const r = random.int(Math.round(height / 12), Math.round(height / 3));
        return `<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${r}" fill="${hsl(accent.hue, accent.saturation, random.int(55, 80))}" fill-opacity="0.${random.int(35, 75)}"/>`;
      }).join(''),
  },
  {
    name: 'Wellen',
    draw: (random, width, height, accent) =>
      Array.from({ length: random.int(2, 3) }, (_, i) => {
        const y = Math.round(height * (0.55 + i * 0.15));
        const amp = random.int(20, 60);
        const q = Math.round(width / 4);
        return `<path d="M0 ${y} Q${q} ${y - amp} ${2 * q} ${y} T${width} ${y} V${height} H0 Z" fill="${hsl(accent.hue, accent.saturation, 70 - i * 12)}" fill-opacity="0.6"/>`;
      }).join(''),
  },
  {
    name: 'Hügel',
    draw: (random, width, height, accent) =>
      Array.from({ length: random.int(2, 4) }, (_, i) => {
        const cx = random.int(0, width);
        const ry = random.int(Math.round(height / 5), Math.round(height / 2.5));
        return `<ellipse cx="${cx}" cy="${height}" rx="${random.int(Math.round(width / 4), Math.round(width / 2))}" ry="${ry}" fill="${hsl(accent.hue, accent.saturation, 40 + i * 10)}" fill-opacity="0.7"/>`;
      }).join(''),
  },
  {
    name: 'Rechtecke',
    draw: (random, width, height, accent) =>
      Array.from({ length: random.int(3, 6) }, () => {
        const w = random.int(Math.round(width / 10), Math.round(width / 3));
        const h = random.int(Math.round(height / 10), Math.round(height / 3));
        return `<rect x="${random.int(0, width - w)}" y="${random.int(0, height - h)}" width="${w}" height="${h}" rx="${random.int(4, 24)}" fill="${hsl(accent.hue, accent.saturation, random.int(60, 85))}" fill-opacity="0.55" transform="rotate(${random.int(-20, 20)} ${width / 2} ${height / 2})"/>`;
      }).join(''),
  },
];

function background(width: number, height: number, main: Colour, random: Random): string {
  const from = hsl(main.hue, main.saturation, random.int(30, 40));
  const to = hsl((main.hue + random.int(10, 30)) % 360, main.saturation, random.int(52, 64));
  return (
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`
  );
}

function open(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
}

/** A landscape illustration (800×450 unless told), optionally with a monogram. */
export function illustration(random: Random, options: { monogram?: string; width?: number; height?: number } = {}): Picture {
  const width = options.width ?? 800;
  const height = options.height ?? 450;
  const [main, accent] = pickColours(random);
  const motifs = random.sample(MOTIFS, 2);
  let svg = open(width, height) + background(width, height, main, random);
  for (const motif of motifs) svg += motif.draw(random, width, height, accent);
  if (options.monogram) {
    const r = Math.round(height / 7);
    const cx = width - r - 32;
    const cy = r + 32;
    svg +=
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${hsl(main.hue, main.saturation, 20)}"/>` +
      `<text x="${cx}" y="${cy}" dy="0.35em" text-anchor="middle" font-family="sans-serif" font-weight="700" ` +
      `font-size="${Math.round(r * 0.8)}" fill="#ffffff">${escapeXml(options.monogram)}</text>`;
  }
  svg += '</svg>';
  return { image: finish(svg, width, height) };
}

/** A 400×400 abstract portrait: a head-and-shoulders silhouette on shapes, no face. */
export function portrait(random: Random): Picture {
  const size = 400;
  const [main, accent] = pickColours(random);
  let svg = open(size, size) + background(size, size, main, random);
  svg += MOTIFS[0]!.draw(random, size, size, accent);
  const skin = hsl(accent.hue, 25, random.int(82, 92));
  const shirt = hsl(accent.hue, accent.saturation, random.int(25, 40));
  const headX = 200 + random.int(-12, 12);
  const headR = random.int(62, 76);
  svg +=
    `<ellipse cx="200" cy="${size + 20}" rx="${random.int(130, 160)}" ry="${random.int(130, 150)}" fill="${shirt}"/>` +
    `<circle cx="${headX}" cy="${random.int(150, 165)}" r="${headR}" fill="${skin}"/>`;
  svg += '</svg>';
  return { image: finish(svg, size, size) };
}

/** Two letters for a monogram: the first letters of the first two words that start with a letter. */
export function monogram(title: string): string {
  const letters = title
    .split(/[\s-]+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .filter(Boolean);
  return letters.slice(0, 2).join('').toUpperCase();
}
