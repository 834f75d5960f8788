import type { App } from 'obsidian';
import { deviceStorageName } from './engine-cache';
import type { PluginSettings } from './settings';

/** The settings that belong to one device, not to the vault. */
export type DeviceChoices = Pick<PluginSettings, 'maskClientNames' | 'keepCache'>;

/**
 * Whether client names are masked, and whether the parsed vault is kept between starts: choices
 * about the screen in front of the practitioner and one device's storage. Kept in data.json, which
 * sync copies, a mask turned off on the phone unmasked a laptop sharing its screen, and a cache
 * turned off on one device deleted every device's. Kept here instead, in local storage under the
 * vault's own key, like the vault's role (notes-role.ts); never written to data.json. A device that
 * has none yet takes up what data.json holds (written by an earlier version) as its own.
 */
export class DeviceChoicesStore {
  private readonly key: string;

  constructor(app: App) {
    this.key = `${deviceStorageName(app)}/device-choices`;
  }

  /** The settings with this device's choices in place of data.json's; the first time, data.json's become this device's. */
  over(settings: PluginSettings): PluginSettings {
    const kept = this.read();
    if (!kept) {
      this.keep(settings);
      return settings;
    }
    return { ...settings, ...kept };
  }

  keep(choices: DeviceChoices): void {
    const kept: DeviceChoices = { maskClientNames: choices.maskClientNames, keepCache: choices.keepCache };
    window.localStorage.setItem(this.key, JSON.stringify(kept));
  }

  private read(): DeviceChoices | undefined {
    try {
      const data: unknown = JSON.parse(window.localStorage.getItem(this.key) ?? 'null');
      if (typeof data !== 'object' || data === null) return undefined;
      const { maskClientNames, keepCache } = data as Partial<Record<keyof DeviceChoices, unknown>>;
      return typeof maskClientNames === 'boolean' && typeof keepCache === 'boolean' ? { maskClientNames, keepCache } : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Settings as data.json holds them: without this device's choices. */
export function withoutDeviceChoices<T extends DeviceChoices>(settings: T): Omit<T, keyof DeviceChoices> {
  const { maskClientNames: _mask, keepCache: _cache, ...rest } = settings;
  return rest;
}
