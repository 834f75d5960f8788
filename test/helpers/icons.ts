// The few icons the view asks for, drawn as Obsidian draws them (Lucide's shapes, ISC licence, and
// Obsidian's own collapse triangle), so that tests and screenshots show real icons. Built element by
// element, as the view itself builds SVG.
type Shape = [tag: 'path' | 'polygon' | 'line' | 'circle', attrs: Record<string, string | number>];

const ICONS: Record<string, Shape[]> = {
  'right-triangle': [['path', { d: 'M3 8L12 17L21 8' }]],
  filter: [['polygon', { points: '22 3 2 3 10 12.46 10 19 14 21 14 12.46 22 3' }]],
  eye: [
    ['path', { d: 'M2 12s3-7 10-7 10 7 10 7-3 7-10 7-10-7-10-7Z' }],
    ['circle', { cx: 12, cy: 12, r: 3 }],
  ],
  'eye-off': [
    ['path', { d: 'M9.88 9.88a3 3 0 1 0 4.24 4.24' }],
    ['path', { d: 'M10.73 5.08A10.43 10.43 0 0 1 12 5c7 0 10 7 10 7a13.16 13.16 0 0 1-1.67 2.68' }],
    ['path', { d: 'M6.61 6.61A13.526 13.526 0 0 0 2 12s3 7 10 7a9.74 9.74 0 0 0 5.39-1.61' }],
    ['line', { x1: 2, x2: 22, y1: 2, y2: 22 }],
  ],
  'refresh-cw': [
    ['path', { d: 'M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8' }],
    ['path', { d: 'M21 3v5h-5' }],
    ['path', { d: 'M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16' }],
    ['path', { d: 'M8 16H3v5' }],
  ],
  'help-circle': [
    ['circle', { cx: 12, cy: 12, r: 10 }],
    ['path', { d: 'M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3' }],
    ['path', { d: 'M12 17h.01' }],
  ],
  'alert-triangle': [
    ['path', { d: 'm21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3' }],
    ['path', { d: 'M12 9v4' }],
    ['path', { d: 'M12 17h.01' }],
  ],
  'chevrons-down-up': [
    ['path', { d: 'm7 20 5-5 5 5' }],
    ['path', { d: 'm7 4 5 5 5-5' }],
  ],
};

const built = new Map<string, SVGSVGElement>();

/** Obsidian's setIcon for the icons above: replaces the element's content with a copy of the icon's SVG, built once. */
export function drawIcon(el: HTMLElement, icon: string): void {
  let svg = built.get(icon);
  if (!svg || svg.ownerDocument !== el.ownerDocument) {
    const shapes = ICONS[icon];
    if (!shapes) throw new Error(`No test icon "${icon}"`);
    svg = createSvg('svg', {
      cls: `svg-icon ${icon === 'right-triangle' ? 'right-triangle' : `lucide-${icon}`}`,
      attr: { xmlns: 'http://www.w3.org/2000/svg', width: 24, height: 24, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    });
    for (const [tag, attrs] of shapes) svg.createSvg(tag, { attr: attrs });
    built.set(icon, svg);
  }
  el.empty();
  el.appendChild(svg.cloneNode(true));
}
