/** The DOM classes code of the main window checks elements and events against. */
const DOM_CLASSES = ['Node', 'Element', 'HTMLElement', 'SVGElement', 'Text', 'Event', 'UIEvent', 'KeyboardEvent', 'MouseEvent', 'FocusEvent'];

/**
 * Runs `run` as the plugin's code meets the elements of a popout window: they are instances of that
 * window's DOM classes, never of the main window's, so `el instanceof Element` is false there. happy-dom
 * shares its classes between the windows it makes, so the main window's are stood in for, while `run`
 * lasts, by classes no element is an instance of; the elements and their document are as they were.
 */
export function asInPopout<T>(run: () => T): T {
  const globals = globalThis as unknown as Record<string, unknown>;
  const kept = DOM_CLASSES.map((name) => [name, globals[name]] as const);
  const mainWindow = class {};
  for (const name of DOM_CLASSES) globals[name] = class extends mainWindow {};
  try {
    return run();
  } finally {
    for (const [name, value] of kept) globals[name] = value;
  }
}
