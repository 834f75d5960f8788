import type { ListedFlag } from '../../core/present/flag-list';
import type { LimitedFlags } from '../../core/present/per-supervision';
import type { VaultRoleReading } from '../../core/practice/vault-role';
import type { SuperviseeGrouping } from '../../core/present/supervisee-groups';
import type { DisplayNames } from '../../core/present/display-names';

export interface FlagListParts {
  label: string;
  names: DisplayNames;
  /** A supervisor's grouping by supervisee, for the main list. */
  grouping?: SuperviseeGrouping;
  role?: VaultRoleReading;
  limited?: LimitedFlags;
  renderItem(list: HTMLElement, item: ListedFlag): void;
  showMore(supervision: string): void;
}

/**
 * Flags as one list, or in a supervisor's vault as one list per supervisee under its name; after
 * the last flag shown of a supervision with more, a button shows the rest of that supervision's.
 */
export function renderFlagLists(parent: HTMLElement, items: readonly ListedFlag[], parts: FlagListParts): void {
  const { grouping } = parts;
  if (!grouping) {
    renderList(parent, items, parts.label, parts);
    return;
  }
  if (parts.role) parent.createEl('p', { cls: 'pp-muted pp-empty-line pp-group-why', text: whyGrouped(parts.role) });
  const byGroup = new Map<string, ListedFlag[]>();
  for (const item of items) {
    const key = grouping.groupOf.get(item.flag.id) ?? '';
    const list = byGroup.get(key);
    if (list) list.push(item);
    else byGroup.set(key, [item]);
  }
  for (const group of grouping.groups) {
    const listed = byGroup.get(group.key);
    if (!listed) continue;
    const title = parent.createDiv({ cls: 'pp-section-title pp-group-title', attr: { role: 'heading', 'aria-level': '3' } });
    title.createSpan({ text: group.label });
    title.createSpan({ cls: 'pp-group-count', text: ` · ${listed.length} ${listed.length === 1 ? 'flag' : 'flags'}` });
    renderList(parent, listed, `${parts.label}: ${group.label}`, parts);
  }
}

function renderList(parent: HTMLElement, items: readonly ListedFlag[], label: string, parts: FlagListParts): void {
  const list = parent.createDiv({ cls: 'pp-flags', attr: { role: 'list', 'aria-label': label } });
  const { limited } = parts;
  for (const item of items) {
    parts.renderItem(list, item);
    const supervision = item.flag.supervision;
    if (!limited || supervision === null || limited.lastShown.get(supervision) !== item.flag.id) continue;
    const more = limited.more.get(supervision) ?? 0;
    const row = list.createDiv({ cls: 'pp-more-of', attr: { role: 'listitem' } });
    const name = parts.names.note(supervision);
    const button = row.createEl('button', {
      text: `Show ${more} more from ${name}`,
      attr: { type: 'button', 'aria-label': `Show ${more} more ${more === 1 ? 'flag' : 'flags'} from ${name}`, 'data-pp-focus': `more:${supervision}` },
    });
    button.addEventListener('click', () => parts.showMore(supervision));
  }
}

/** Says why the flags are grouped by supervisee: the setting, or what the notes show. */
function whyGrouped(role: VaultRoleReading): string {
  if (role.from === 'setting') return "Grouped by supervisee: the settings say this is a supervisor's vault.";
  return `Grouped by supervisee: ${role.written} of this vault's ${role.written + role.received} supervision notes were written by you as supervisor. Change it under Whose notes these are in the settings.`;
}
