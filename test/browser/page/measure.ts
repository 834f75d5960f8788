// Measurements the browser tests take inside the page, on what Chromium actually rendered. Each
// function is passed to page.evaluate on its own, so it uses nothing from outside itself.

export interface ContrastResult {
  category: string;
  min: number;
  count: number;
  worst: string;
}

/**
 * WCAG contrast of everything the view draws, against what is really behind it (backgrounds and
 * translucent fills composited, opacity applied): text at least 4.5:1, every other mark at least 3:1.
 */
export function measureContrast(): ContrastResult[] {
  type Rgba = { r: number; g: number; b: number; a: number };
  const parse = (c: string): Rgba | undefined => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return undefined;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
  const lum = ({ r, g, b }: Rgba): number => {
    const f = (v: number): number => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: Rgba, b: Rgba): number => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const css = (el: Element, prop: string): string => getComputedStyle(el).getPropertyValue(prop);
  /** The HTML backgrounds behind an element (its own too, for text), composited from the page down. */
  const backdrop = (el: Element, own = true): Rgba => {
    const chain: Element[] = [];
    for (let e: Element | null = own ? el : el.parentElement; e; e = e.parentElement) chain.push(e);
    let color: Rgba = { r: 255, g: 255, b: 255, a: 1 };
    for (const e of chain.reverse()) {
      const c = parse(css(e, 'background-color'));
      if (c && c.a > 0) color = over(c, color);
    }
    return color;
  };
  /** The timeline's shaded window, where a mark or label sits on it. */
  const behindInSvg = (el: SVGGraphicsElement, base: Rgba): Rgba => {
    const svg = el.ownerSVGElement;
    if (!svg || el.closest('.pp-node')) return base;
    const box = el.getBBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    let color = base;
    for (const under of svg.querySelectorAll<SVGGraphicsElement>('.pp-tl-window')) {
      const b = under.getBBox();
      const fill = parse(css(under, 'fill'));
      if (fill && cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height) color = over(fill, color);
    }
    return color;
  };
  const opacity = (el: Element): number => {
    let a = 1;
    for (let e: Element | null = el; e; e = e.parentElement) a *= Number(css(e, 'opacity') || 1);
    return a;
  };
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && css(el, 'visibility') !== 'hidden';
  };
  const isSvg = (el: Element): boolean => el.namespaceURI === 'http://www.w3.org/2000/svg';
  const describe = (el: Element): string => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${(el.textContent ?? '').trim().slice(0, 30)}`;

  const results = new Map<string, ContrastResult>();
  const record = (category: string, el: Element, colour: string, against?: Rgba): void => {
    const c = parse(colour);
    if (!c || c.a === 0 || !visible(el)) return;
    let back = against ?? backdrop(el, category.startsWith('text'));
    if (isSvg(el) && el.tagName !== 'svg') back = behindInSvg(el as SVGGraphicsElement, back);
    const value = ratio(over({ ...c, a: c.a * opacity(el) }, back), back);
    const found = results.get(category);
    if (!found) results.set(category, { category, min: value, count: 1, worst: describe(el) });
    else {
      found.count++;
      if (value < found.min) Object.assign(found, { min: value, worst: describe(el) });
    }
  };
  const panel = document.querySelector('.pp-panel')!;
  // Text: every element with text of its own, HTML and SVG.
  for (const el of panel.querySelectorAll('*')) {
    // Pips are glyphs drawn as marks: measured below as marks, not as text.
    if (el.closest('.pp-visually-hidden') || el.classList.contains('pp-pip')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!own) continue;
    if (isSvg(el)) {
      const box = el.closest('.pp-node')?.querySelector('rect');
      record('text in figures', el, css(el, 'fill'), box ? over(parse(css(box, 'fill'))!, backdrop(el)) : undefined);
    } else record('text', el, css(el, 'color'));
  }
  for (const el of panel.querySelectorAll('.pp-pip:not(.is-filled)')) record('strength pip, empty ring', el, css(el, 'color'));
  for (const el of panel.querySelectorAll('.pp-pip.is-filled')) record('strength pip, filled', el, css(el, 'color'));
  for (const el of panel.querySelectorAll('.collapse-icon svg')) record('collapse caret', el, css(el, 'color'));
  for (const el of panel.querySelectorAll('.nav-action-button svg')) record('header icon', el, css(el, 'color'));
  for (const el of panel.querySelectorAll('.pp-below-icon svg')) record('below-minimum icon', el, css(el, 'color'));
  for (const el of panel.querySelectorAll('.pp-shape:not(.is-other)')) record('timeline mark', el, css(el, 'fill'));
  for (const el of panel.querySelectorAll('.pp-shape.is-other, .pp-tl-dot')) record('timeline ring', el, css(el, 'stroke'));
  for (const el of panel.querySelectorAll('.pp-tl-axis, .pp-tl-window-edge')) record('timeline axis and window edges', el, css(el, 'stroke'));
  for (const el of panel.querySelectorAll('.pp-edge')) record('diagram edge', el, css(el, 'stroke'));
  for (const el of panel.querySelectorAll('.pp-node rect')) record('diagram box border', el, css(el, 'stroke'));
  return [...results.values()];
}

export interface Overlap {
  what: string;
}

/**
 * What a reader would see as broken in the figures: text smaller than 11 px, a node's label wider
 * than its box, an edge through a label, labels on top of each other; and in the page, a code or date
 * split over two lines, or anything wider than the sidebar.
 */
export function measureLayout(): { problems: string[]; fontSizes: number[]; overflow: number } {
  const problems: string[] = [];
  const fontSizes: number[] = [];
  const boxOf = (el: SVGGraphicsElement): DOMRect => el.getBBox();
  const hits = (a: DOMRect, b: DOMRect, margin = 0): boolean => a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
  const segmentHits = (p: { x: number; y: number }, q: { x: number; y: number }, r: DOMRect): boolean => {
    for (let t = 0; t <= 1; t += 0.02) {
      const x = p.x + (q.x - p.x) * t;
      const y = p.y + (q.y - p.y) * t;
      if (x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height) return true;
    }
    return false;
  };
  for (const svg of document.querySelectorAll<SVGSVGElement>('.pp-panel svg.pp-diagram, .pp-panel svg.pp-timeline-svg')) {
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    for (const t of texts) fontSizes.push(parseFloat(getComputedStyle(t).fontSize));
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) if (hits(boxOf(texts[i]), boxOf(texts[j]))) problems.push(`"${texts[i].textContent}" overlaps "${texts[j].textContent}"`);
    }
    for (const node of svg.querySelectorAll<SVGGElement>('.pp-node')) {
      const rect = node.querySelector('rect')!.getBBox();
      const label = node.querySelector('text')!.getBBox();
      if (label.x < rect.x || label.x + label.width > rect.x + rect.width) problems.push(`label "${node.textContent}" is wider than its box`);
    }
    for (const edge of svg.querySelectorAll<SVGPolylineElement>('polyline.pp-edge')) {
      const points = [...edge.points].map((p) => ({ x: p.x, y: p.y }));
      for (let k = 1; k < points.length; k++) {
        for (const t of texts) if (segmentHits(points[k - 1], points[k], boxOf(t))) problems.push(`an edge crosses "${t.textContent}"`);
      }
    }
    for (const mark of svg.querySelectorAll<SVGGElement>('.pp-tl-item')) {
      const shape = (mark.querySelector('.pp-shape, .pp-tl-dot') as SVGGraphicsElement).getBBox();
      for (const t of texts) if (hits(shape, boxOf(t))) problems.push(`a mark covers "${t.textContent}"`);
    }
  }
  for (const el of document.querySelectorAll('.pp-panel *')) {
    if (getComputedStyle(el).textTransform === 'uppercase' && (el.textContent ?? '').trim() !== '') problems.push(`"${el.textContent}" is set in capitals`);
  }
  for (const el of document.querySelectorAll('.pp-panel .pp-nowrap')) {
    if (el.getClientRects().length > 1) problems.push(`"${el.textContent}" breaks over two lines`);
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { problems, fontSizes, overflow };
}
