import type { Engine } from '../../core/engine';
import { ClientMask, clientNames } from '../../core/present/client-mask';
import { displayNames } from '../../core/present/display-names';
import { noteNameOf } from '../../core/vault/paths';
import type { PluginSettings } from '../settings';

/** What a note the plugin writes and opens takes from the view's mask. */
export interface WrittenMask {
  /** Hides client names in a text; undefined while names are shown. */
  mask: ((text: string) => string) | undefined;
  /** Whether flags resting on private reflections go in: as the setting says, never while names are masked. */
  includePrivate: boolean;
  /** A note's name as a notice says it. */
  noteName: (path: string) => string;
}

/**
 * The export and the preparation open on screen as they are written: with the mask on (a screen
 * shared), client names are masked in them and, as in the view, private reflections are left out.
 */
export function writtenMask(settings: PluginSettings, engine: Engine): WrittenMask {
  const names = settings.maskClientNames ? new ClientMask(clientNames(engine.graph)) : undefined;
  const mask = names ? (text: string): string => names.mask(text) : undefined;
  return {
    mask,
    includePrivate: settings.includePrivateInExport && !names,
    noteName: (path) => (mask ? mask(noteNameOf(path)) : noteNameOf(path)),
  };
}

/**
 * How a picker shows a client while names are masked (a screen shared): by their code, or their
 * label with names hidden; undefined while names are shown. A picker still finds a client by the
 * name typed, so a known client is never made twice.
 */
export function maskedClients(settings: PluginSettings, engine: Engine): ((id: string) => string) | undefined {
  if (!settings.maskClientNames) return undefined;
  // As the view names them (present/display-names.ts).
  const names = displayNames({ graph: engine.graph, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id) }, true);
  return (id) => names.client(id);
}
